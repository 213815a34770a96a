import { describe, expect, it } from "vitest";
import { erasureBlock } from "./erasure-block.ts";
import { erasureDecisionRefusal } from "./erasure-decision.ts";

const now = new Date("2026-12-04T10:00:00Z");
const letters = { tag: "Geschäftsbrief", years: 6, reason: "HGB §257: Handelsbriefe 6 Jahre" };
const bookings = { tag: "buchungsbeleg", years: 10, reason: "HGB §257: Buchungsbelege 10 Jahre" };

describe("what holds back a customer's erasure", () => {
  it("is free without holds and without a conversation a duty still keeps", () => {
    const block = erasureBlock({
      activeHolds: [],
      duties: [letters],
      conversations: [
        { tags: ["geschäftsbrief"], lastMessageAt: new Date("2019-01-01T00:00:00Z") },
        { tags: ["beschwerde"], lastMessageAt: new Date("2026-11-01T00:00:00Z") },
      ],
      now,
    });
    expect(block).toEqual({ kind: "free" });
  });

  it("is held by any active legal hold, whatever the duties say", () => {
    const hold = { id: "h1", reason: "Klage LG Berlin 12 O 3/26" };
    const block = erasureBlock({
      activeHolds: [hold],
      duties: [letters],
      conversations: [{ tags: ["geschäftsbrief"], lastMessageAt: new Date("2026-01-01T00:00:00Z") }],
      now,
    });
    expect(block).toEqual({ kind: "held", holds: [hold] });
  });

  it("is delayed until the latest duty ends, naming each duty, its reason and how many it keeps", () => {
    const block = erasureBlock({
      activeHolds: [],
      duties: [letters, bookings],
      conversations: [
        { tags: ["geschäftsbrief"], lastMessageAt: new Date("2024-05-10T09:00:00Z") },
        { tags: ["Geschäftsbrief", "rechnung"], lastMessageAt: new Date("2025-07-01T09:00:00Z") },
        { tags: ["buchungsbeleg"], lastMessageAt: new Date("2020-02-29T12:00:00Z") },
        { tags: ["geschäftsbrief"], lastMessageAt: new Date("2019-01-01T00:00:00Z") },
      ],
      now,
    });
    expect(block).toEqual({
      kind: "delayed",
      until: new Date("2032-01-01T00:00:00Z"),
      because: [
        { ...letters, conversations: 2, until: new Date("2032-01-01T00:00:00Z") },
        { ...bookings, conversations: 1, until: new Date("2031-01-01T00:00:00Z") },
      ],
    });
  });

  it("lets a duty go at the turn of the year in which it ends (HGB §257(5)), not a moment later", () => {
    const conversations = [{ tags: ["geschäftsbrief"], lastMessageAt: new Date("2020-03-04T10:00:00Z") }];
    const lastMoment = new Date("2026-12-31T23:59:59Z");
    expect(erasureBlock({ activeHolds: [], duties: [letters], conversations, now: lastMoment }).kind).toBe(
      "delayed",
    );
    const newYear = new Date("2027-01-01T00:00:00Z");
    expect(erasureBlock({ activeHolds: [], duties: [letters], conversations, now: newYear })).toEqual({
      kind: "free",
    });
  });
});

describe("four eyes on an erasure", () => {
  const request = { status: "requested", requestedBy: "supervisor-1" } as const;

  it("lets another person decide a waiting request", () => {
    expect(erasureDecisionRefusal({ request, deciderId: "admin-1" })).toBeNull();
  });

  it("never lets the requester decide their own request, an admin's included", () => {
    expect(erasureDecisionRefusal({ request, deciderId: "supervisor-1" })).toBe("own_request");
    const byAdmin = { status: "requested", requestedBy: "admin-1" } as const;
    expect(erasureDecisionRefusal({ request: byAdmin, deciderId: "admin-1" })).toBe("own_request");
    expect(erasureDecisionRefusal({ request: byAdmin, deciderId: "admin-2" })).toBeNull();
  });

  it("decides a request only once", () => {
    for (const status of ["approved", "refused", "withdrawn", "done"] as const) {
      expect(erasureDecisionRefusal({ request: { ...request, status }, deciderId: "admin-1" })).toBe(
        "not_pending",
      );
    }
  });
});
