import { describe, expect, it } from "vitest";
import { journeyClockEvent, type JourneyItemFacts } from "./journey-clock-event.ts";

const at = new Date("2026-03-10T09:00:00Z");
const item = (facts: Partial<JourneyItemFacts>): JourneyItemFacts => ({
  kind: "message",
  direction: "inbound",
  at,
  callStatus: null,
  automated: false,
  statusTo: null,
  ...facts,
});

describe("journeyClockEvent", () => {
  it("starts the clock on the customer's message and stops it on our answer", () => {
    expect(journeyClockEvent(item({}))).toEqual({ kind: "customer_wrote", at });
    expect(journeyClockEvent(item({ kind: "forum_post", direction: "outbound" }))).toEqual({
      kind: "answered",
      at,
    });
  });

  it("ignores automated mail and internal notes", () => {
    expect(journeyClockEvent(item({ automated: true }))).toBeNull();
    expect(journeyClockEvent(item({ kind: "note", direction: "internal" }))).toBeNull();
  });

  it("owes a callback for a missed call, and counts a call taken as an answer", () => {
    expect(journeyClockEvent(item({ kind: "call", callStatus: "no-answer" }))).toEqual({
      kind: "customer_wrote",
      at,
    });
    expect(journeyClockEvent(item({ kind: "call", callStatus: "completed" }))).toEqual({
      kind: "answered",
      at,
    });
    expect(journeyClockEvent(item({ kind: "call", callStatus: "ringing" }))).toBeNull();
  });

  it("settles on resolving or setting pending, not on reopening", () => {
    const change = (statusTo: JourneyItemFacts["statusTo"]) =>
      journeyClockEvent(item({ kind: "status_change", direction: "internal", statusTo }));
    expect(change("resolved")).toEqual({ kind: "settled", at });
    expect(change("pending")).toEqual({ kind: "settled", at });
    expect(change("open")).toBeNull();
  });
});
