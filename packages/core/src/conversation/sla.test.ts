import { describe, expect, it } from "vitest";
import { CHANNELS } from "../channel/channel.ts";
import { DEFAULT_RESPONSE_TARGETS, responseTargetMinutes, slaState } from "./sla.ts";

const since = new Date("2026-03-02T09:00:00Z");
const plus = (minutes: number) => new Date(since.getTime() + minutes * 60_000);

describe("response targets", () => {
  it("answers callbacks and social posts sooner than email, urgent sooner than normal", () => {
    const t = DEFAULT_RESPONSE_TARGETS;
    expect(responseTargetMinutes(t, "phone", "normal")).toBeLessThan(t.email.normal);
    expect(t.twitter.normal).toBeLessThan(t.email.normal);
    for (const channel of CHANNELS) {
      const target = t[channel];
      expect(target.urgent).toBeLessThan(target.high);
      expect(target.high).toBeLessThan(target.normal);
      expect(target.normal).toBeLessThan(target.low);
    }
  });

  it("takes targets as data, so admins' own replace the defaults", () => {
    const own = { ...DEFAULT_RESPONSE_TARGETS, email: { ...DEFAULT_RESPONSE_TARGETS.email, normal: 90 } };
    expect(responseTargetMinutes(own, "email", "normal")).toBe(90);
  });
});

describe("SLA state", () => {
  it("is none while nobody waits", () => {
    expect(slaState({ dueAt: null, targetMinutes: 60, now: plus(500) })).toEqual({ state: "none" });
  });

  it("is ok with time left, due soon in the last quarter, breached after", () => {
    expect(slaState({ dueAt: plus(60), targetMinutes: 60, now: plus(10) })).toEqual({
      state: "ok",
      dueAt: plus(60),
      remainingMs: 50 * 60_000,
    });
    expect(slaState({ dueAt: plus(60), targetMinutes: 60, now: plus(45) }).state).toBe("due_soon");
    expect(slaState({ dueAt: plus(60), targetMinutes: 60, now: plus(60) }).state).toBe("due_soon");
    expect(slaState({ dueAt: plus(60), targetMinutes: 60, now: plus(75) })).toEqual({
      state: "breached",
      dueAt: plus(60),
      overdueMs: 15 * 60_000,
    });
  });
});
