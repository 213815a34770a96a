import { describe, expect, it } from "vitest";
import { callItemOf, mergeCallItem } from "./merge-call-item.ts";

const at = (iso: string) => new Date(iso);
const numbers = { from: "+4930123456", to: "+4989765432" };

describe("mergeCallItem", () => {
  it("keeps the call's start and turns a missed call with a recording into a voicemail", () => {
    const ringing = {
      occurredAt: at("2026-11-20T10:00:00Z"),
      call: { status: "ringing" as const, ...numbers },
    };
    const missed = callItemOf({
      occurredAt: at("2026-11-20T10:00:30Z"),
      call: { status: "no-answer", ...numbers },
    });
    const recorded = {
      occurredAt: at("2026-11-20T10:01:10Z"),
      call: { status: "in-progress" as const, from: "", to: "", recordingUrl: "https://rec.example/vm" },
    };
    const item = mergeCallItem(mergeCallItem(missed, recorded), ringing);
    expect(item).toMatchObject({ kind: "voicemail", occurredAt: at("2026-11-20T10:00:00Z"), text: "" });
    expect(item.call).toEqual({ status: "no-answer", ...numbers, recordingUrl: "https://rec.example/vm" });
  });

  it("uses the transcript as the item's text", () => {
    const first = callItemOf({
      occurredAt: at("2026-11-20T10:00:00Z"),
      call: { status: "completed", ...numbers },
    });
    const transcribed = {
      occurredAt: at("2026-11-20T10:02:00Z"),
      call: { ...first.call, transcript: "Hallo" },
    };
    expect(mergeCallItem(first, transcribed)).toMatchObject({ kind: "call", text: "Hallo" });
  });

  it("stores the first event already settled, so its redelivery changes nothing", () => {
    const first = callItemOf({
      occurredAt: at("2026-11-20T10:00:00Z"),
      call: { status: "no-answer", ...numbers, answeredBy: "101" },
    });
    expect(first.call.status).toBe("completed");
    expect(mergeCallItem(first, first)).toEqual(first);
  });

  it("brings back neither recording nor transcript retention removed, and a voicemail stays one", () => {
    const removed = {
      occurredAt: at("2026-11-20T10:00:00Z"),
      call: { status: "no-answer" as const, ...numbers, recordingRemovedAt: "2026-12-01T03:00:00.000Z" },
    };
    const replayed = {
      occurredAt: at("2026-11-20T10:01:10Z"),
      call: {
        status: "no-answer" as const,
        ...numbers,
        recordingUrl: "https://rec.example/vm",
        transcript: "Hallo",
      },
    };
    const item = mergeCallItem(removed, replayed);
    expect(item).toMatchObject({ kind: "voicemail", text: "" });
    expect(item.call).toEqual(removed.call);
    expect(mergeCallItem(replayed, removed)).toEqual(item);
  });
});
