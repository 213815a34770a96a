import { searchFiltersSchema } from "@emma/core";
import { describe, expect, it } from "vitest";
import {
  activeFilterCount,
  isDateRangeReversed,
  NO_FILTERS,
  toSearchFilters,
  toggled,
} from "./search-filters.ts";

describe("search filters", () => {
  it("sends nothing when no filter is set, so the search covers everything", () => {
    expect(toSearchFilters(NO_FILTERS)).toEqual({});
    expect(activeFilterCount(NO_FILTERS)).toBe(0);
  });

  it("includes the whole end day: to is the next local midnight", () => {
    const filters = toSearchFilters({ ...NO_FILTERS, fromDate: "2025-03-30", toDate: "2025-03-30" });
    expect(filters.from).toEqual(new Date(2025, 2, 30));
    expect(filters.to).toEqual(new Date(2025, 2, 31));
    // The API accepts one day as a range.
    expect(searchFiltersSchema.safeParse(filters).success).toBe(true);
  });

  it("notices an end before the start before the API has to refuse it", () => {
    expect(isDateRangeReversed({ fromDate: "2025-04-02", toDate: "2025-04-01" })).toBe(true);
    expect(isDateRangeReversed({ fromDate: "2025-04-01", toDate: "2025-04-01" })).toBe(false);
    expect(isDateRangeReversed({ fromDate: "", toDate: "2025-04-01" })).toBe(false);
  });

  it("tells unassigned (null) from anyone (unset) and counts each filter once", () => {
    const form = {
      ...NO_FILTERS,
      channels: toggled(toggled([], "email" as const), "phone" as const),
      assigneeId: null,
      fromDate: "2025-01-01",
      toDate: "2025-01-31",
    };
    expect(toSearchFilters(form)).toMatchObject({ channels: ["email", "phone"], assigneeId: null });
    expect(toSearchFilters({ ...NO_FILTERS, assigneeId: undefined })).not.toHaveProperty("assigneeId");
    expect(activeFilterCount(form)).toBe(3);
    expect(toggled(form.channels, "email")).toEqual(["phone"]);
  });
});
