import { describe, expect, it } from "vitest";
import type { CallData } from "../inbound/inbound-message.ts";
import { mergeCallData } from "./merge-call-data.ts";

const call = (status: CallData["status"], extra: Partial<CallData> = {}): CallData => ({
  status,
  from: "+4930123456",
  to: "+4989765432",
  ...extra,
});
const fold = (...events: CallData[]) => events.reduce((stored, next) => mergeCallData(stored, next));

describe("mergeCallData", () => {
  it("follows a call from ringing to completed", () => {
    expect(fold(call("ringing"), call("in-progress"), call("completed", { durationSeconds: 61 }))).toEqual(
      call("completed", { durationSeconds: 61 }),
    );
  });

  it("does not move back to ringing when a late ringing arrives after the end", () => {
    expect(fold(call("completed"), call("ringing")).status).toBe("completed");
    expect(fold(call("in-progress"), call("ringing")).status).toBe("in-progress");
  });

  it("keeps an unanswered end even when the parent call reports completed", () => {
    expect(fold(call("no-answer"), call("completed")).status).toBe("no-answer");
    expect(fold(call("completed"), call("no-answer")).status).toBe("no-answer");
  });

  it("ends an answered call as completed whatever leg said no-answer", () => {
    expect(fold(call("in-progress", { answeredBy: "101" }), call("no-answer")).status).toBe("completed");
    expect(fold(call("no-answer"), call("in-progress", { answeredBy: "101" })).status).toBe("completed");
  });

  it("fills in recording, transcript and duration and never erases them", () => {
    const merged = fold(
      call("completed", { durationSeconds: 42 }),
      call("in-progress", { recordingUrl: "https://rec.example/1" }),
      call("completed", { transcript: "Hallo" }),
      call("completed"),
    );
    expect(merged).toEqual(
      call("completed", { durationSeconds: 42, recordingUrl: "https://rec.example/1", transcript: "Hallo" }),
    );
  });

  it("fills in the numbers an event lacked (recording callbacks carry none)", () => {
    expect(fold(call("in-progress", { from: "", to: "" }), call("ringing"))).toEqual(call("in-progress"));
  });

  it("leaves optional keys absent rather than undefined", () => {
    expect(Object.keys(fold(call("ringing"), call("completed")))).toEqual(["status", "from", "to"]);
  });
});
