import { describe, expect, it } from "vitest";
import { formatDay, parseDay } from "./day-text.ts";

describe("typed days", () => {
  it("reads German dates, short years and a day without a year as this year", () => {
    expect(parseDay("24.12.2025", 2026)).toEqual({ ok: true, day: "2025-12-24" });
    expect(parseDay("3.1.25", 2026)).toEqual({ ok: true, day: "2025-01-03" });
    expect(parseDay(" 3.1. ", 2026)).toEqual({ ok: true, day: "2026-01-03" });
    expect(parseDay("24/12/2025", 2026)).toEqual({ ok: true, day: "2025-12-24" });
    expect(parseDay("2025-12-24", 2026)).toEqual({ ok: true, day: "2025-12-24" });
  });

  it("refuses days that do not exist and text that is no date", () => {
    expect(parseDay("31.02.2025", 2026)).toEqual({ ok: false });
    expect(parseDay("13.13.2025", 2026)).toEqual({ ok: false });
    expect(parseDay("gestern", 2026)).toEqual({ ok: false });
    expect(parseDay("", 2026)).toEqual({ ok: false });
  });

  it("writes a day the way the console's language does", () => {
    expect(formatDay("2025-01-03", "de")).toBe("03.01.2025");
    expect(formatDay("2025-01-03", "en")).toBe("03/01/2025");
  });
});
