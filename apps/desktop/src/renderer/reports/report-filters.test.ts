import { describe, expect, it } from "vitest";
import { filtersOfPlace, placeOfFilters, presetOf, presetRange } from "./report-filters.ts";

const TODAY = "2026-03-31";
const TEAM = "3f1c9a1e-0000-4000-8000-000000000001";

describe("report filters in the URL", () => {
  it("reads a pasted link and writes the same link back", () => {
    const place = { rest: ["repeatContacts"], params: { from: "2026-01-01", to: "2026-03-31", team: TEAM } };
    const filters = filtersOfPlace(place, TODAY);
    expect(filters).toEqual({
      report: "repeatContacts",
      from: "2026-01-01",
      to: "2026-03-31",
      teamId: TEAM,
      agentId: null,
    });
    expect(placeOfFilters(filters)).toEqual(place);
  });

  it("opens the contacts of the last 30 days for a bare or mangled link", () => {
    const filters = filtersOfPlace({ rest: ["nonsense"], params: { from: "1.1.", team: "x" } }, TODAY);
    expect(filters).toEqual({
      report: "contacts",
      from: "2026-03-02",
      to: TODAY,
      teamId: null,
      agentId: null,
    });
  });

  it("swaps an end before the start", () => {
    const filters = filtersOfPlace(
      { rest: ["sla"], params: { from: "2026-03-10", to: "2026-03-01" } },
      TODAY,
    );
    expect([filters.from, filters.to]).toEqual(["2026-03-01", "2026-03-10"]);
  });
});

describe("range presets", () => {
  it("count today in and start the month on its first", () => {
    expect(presetRange("last7", TODAY)).toEqual({ from: "2026-03-25", to: TODAY });
    expect(presetRange("last90", TODAY)).toEqual({ from: "2026-01-01", to: TODAY });
    expect(presetRange("thisMonth", TODAY)).toEqual({ from: "2026-03-01", to: TODAY });
  });

  it("are recognised in typed days, and a typed range is none of them", () => {
    expect(presetOf({ from: "2026-01-01", to: TODAY }, TODAY)).toBe("last90");
    expect(presetOf({ from: "2026-01-02", to: TODAY }, TODAY)).toBeNull();
  });
});
