import { describe, expect, it } from "vitest";
import { easterSunday, germanNationalHolidays } from "./german-holidays.ts";

describe("German public holidays", () => {
  it("finds Easter Sunday, early and late", () => {
    expect(easterSunday(2026)).toBe("2026-04-05");
    expect(easterSunday(2027)).toBe("2027-03-28");
    expect(easterSunday(2038)).toBe("2038-04-25");
  });

  it("lists the nine national holidays of 2026 in date order", () => {
    expect(germanNationalHolidays(2026)).toEqual([
      "2026-01-01",
      "2026-04-03",
      "2026-04-06",
      "2026-05-01",
      "2026-05-14",
      "2026-05-25",
      "2026-10-03",
      "2026-12-25",
      "2026-12-26",
    ]);
  });
});
