import { describe, expect, it } from "vitest";
import { dutyEndsAt, dutyKeepsFrom } from "./duty-period.ts";

describe("a duty's period (HGB §257(5))", () => {
  it("begins at the end of the year of the last message, so a March letter is kept through December six years on", () => {
    expect(dutyEndsAt(new Date("2020-03-15T08:30:00Z"), 6).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(dutyEndsAt(new Date("2020-12-31T23:00:00Z"), 6).toISOString()).toBe("2027-01-01T00:00:00.000Z");
    expect(dutyEndsAt(new Date("2020-02-29T12:00:00Z"), 10).toISOString()).toBe("2031-01-01T00:00:00.000Z");
  });

  it("keeps at a moment exactly what it has not yet released", () => {
    const now = new Date("2026-12-04T10:00:00Z");
    const from = dutyKeepsFrom(now, 6);
    expect(from.toISOString()).toBe("2020-01-01T00:00:00.000Z");
    for (const last of ["2019-12-31T23:59:59Z", "2020-01-01T00:00:00Z", "2020-06-01T00:00:00Z"]) {
      const lastMessageAt = new Date(last);
      expect(lastMessageAt >= from).toBe(dutyEndsAt(lastMessageAt, 6) > now);
    }
  });
});
