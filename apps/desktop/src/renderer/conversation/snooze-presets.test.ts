import { describe, expect, it } from "vitest";
import { fromLocalInput, snoozeUntil, toLocalInput } from "./snooze-presets.ts";

// Local times: the presets are in the agent's own time zone, whatever the test machine's is.
const wednesday = new Date(2025, 10, 19, 16, 45); // Wed 19 Nov 2025, 16:45

describe("snoozeUntil", () => {
  it("is an hour from now", () => {
    expect(snoozeUntil("hour", wednesday).getTime() - wednesday.getTime()).toBe(60 * 60 * 1000);
  });

  it("is tomorrow at 9:00, also across a month end", () => {
    expect(snoozeUntil("tomorrow", wednesday)).toEqual(new Date(2025, 10, 20, 9, 0));
    expect(snoozeUntil("tomorrow", new Date(2025, 11, 31, 23, 50))).toEqual(new Date(2026, 0, 1, 9, 0));
  });

  it("is next Monday at 9:00: a week ahead on a Monday, tomorrow on a Sunday", () => {
    expect(snoozeUntil("monday", wednesday)).toEqual(new Date(2025, 10, 24, 9, 0));
    expect(snoozeUntil("monday", new Date(2025, 10, 24, 8, 0))).toEqual(new Date(2025, 11, 1, 9, 0));
    expect(snoozeUntil("monday", new Date(2025, 10, 23, 20, 0))).toEqual(new Date(2025, 10, 24, 9, 0));
  });
});

describe("datetime-local values", () => {
  it("round-trip in local time", () => {
    expect(toLocalInput(new Date(2025, 0, 5, 7, 3))).toBe("2025-01-05T07:03");
    expect(fromLocalInput("2025-01-05T07:03")).toEqual(new Date(2025, 0, 5, 7, 3));
  });

  it("reject empty and impossible values", () => {
    expect(fromLocalInput("")).toBeNull();
    expect(fromLocalInput("2025-02-31T09:00")).toBeNull();
    expect(fromLocalInput("morgen")).toBeNull();
  });
});
