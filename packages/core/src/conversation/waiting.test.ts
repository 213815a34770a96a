import { describe, expect, it } from "vitest";
import { NOT_WAITING, foldWaiting, nextWaiting, waitingEventOf, type WaitingEvent } from "./waiting.ts";

const at = (hour: number) => new Date(Date.UTC(2026, 2, 2, hour));
const wrote = (hour: number): WaitingEvent => ({ kind: "customer_wrote", at: at(hour) });
const answered = (hour: number): WaitingEvent => ({ kind: "answered", at: at(hour) });

describe("waiting for us since", () => {
  it("starts at the customer's first unanswered message and stays there while they write more", () => {
    expect(foldWaiting(NOT_WAITING, [wrote(9), wrote(10), wrote(11)]).waitingSince).toEqual(at(9));
  });

  it("stops when we answer, and starts again with the next message", () => {
    expect(foldWaiting(NOT_WAITING, [wrote(9), answered(10)]).waitingSince).toBeNull();
    expect(foldWaiting(NOT_WAITING, [wrote(9), answered(10), wrote(12)]).waitingSince).toEqual(at(12));
  });

  it("stops when an agent resolves or sets the conversation pending", () => {
    const settled = nextWaiting(foldWaiting(NOT_WAITING, [wrote(9)]), { kind: "settled", at: at(10) });
    expect(settled.waitingSince).toBeNull();
    expect(settled.answeredAt).toEqual(at(10));
  });

  it("gives the same answer whatever order the items arrive in", () => {
    const events = [wrote(8), answered(9), wrote(10), wrote(11)];
    const inOrder = events.reduce(nextWaiting, NOT_WAITING);
    const reversed = [...events].reverse().reduce(nextWaiting, NOT_WAITING);
    expect(inOrder.waitingSince).toEqual(at(10));
    expect(reversed.waitingSince).toEqual(at(10));
  });

  it("restarts the clock at the latest message when a late answer arrives after several", () => {
    const waiting = foldWaiting(NOT_WAITING, [wrote(8), wrote(10), wrote(11)]);
    // Which of 10 and 11 came first after the answer is not kept: the later one, so a wait is
    // never overstated.
    expect(nextWaiting(waiting, answered(9)).waitingSince).toEqual(at(11));
  });

  it("ignores a late message from before our last answer", () => {
    const answeredState = foldWaiting(NOT_WAITING, [wrote(9), answered(10)]);
    expect(nextWaiting(answeredState, wrote(8)).waitingSince).toBeNull();
  });

  it("does not let a late answer from before the clock started stop it", () => {
    const waiting = foldWaiting(NOT_WAITING, [wrote(12)]);
    expect(nextWaiting(waiting, answered(10)).waitingSince).toEqual(at(12));
  });
});

describe("what an item does to the clock", () => {
  const base = { occurredAt: at(9), automated: undefined, call: undefined } as const;
  it("counts customers' messages and our replies", () => {
    expect(waitingEventOf({ ...base, kind: "message", direction: "inbound" })?.kind).toBe("customer_wrote");
    expect(waitingEventOf({ ...base, kind: "forum_post", direction: "outbound" })?.kind).toBe("answered");
    expect(waitingEventOf({ ...base, kind: "voicemail", direction: "inbound" })?.kind).toBe("customer_wrote");
  });

  it("leaves automated mail out", () => {
    const automated = { kind: "auto-reply" as const, signals: ["Auto-Submitted"], failedMessageIds: [] };
    expect(waitingEventOf({ ...base, kind: "message", direction: "inbound", automated })).toBeNull();
  });

  it("owes a callback for a missed call, and counts a call taken as an answer", () => {
    const call = (status: "ringing" | "completed" | "no-answer") => ({
      ...base,
      kind: "call" as const,
      direction: "inbound" as const,
      call: { status, from: "+4930", to: "+4940" },
    });
    expect(waitingEventOf(call("no-answer"))?.kind).toBe("customer_wrote");
    expect(waitingEventOf(call("completed"))?.kind).toBe("answered");
    expect(waitingEventOf(call("ringing"))).toBeNull();
  });
});
