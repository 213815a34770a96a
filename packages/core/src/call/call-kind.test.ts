import { describe, expect, it } from "vitest";
import type { CallData } from "../inbound/inbound-message.ts";
import { callKindOf, isVoicemail } from "./call-kind.ts";

const recording = "https://rec.example/vm";
const call = (status: CallData["status"], extra: Partial<CallData> = {}): CallData => ({
  status,
  from: "+4930123456",
  to: "+4989765432",
  ...extra,
});

describe("isVoicemail", () => {
  it.each(["no-answer", "busy", "canceled", "failed"] as const)(
    "a %s call with a recording is a voicemail",
    (status) => {
      expect(isVoicemail(call(status, { recordingUrl: recording }))).toBe(true);
    },
  );

  it("a recorded call somebody answered is a call recording", () => {
    expect(callKindOf(call("completed", { recordingUrl: recording }))).toBe("call");
  });

  it("an unanswered call without a recording is a missed call", () => {
    expect(callKindOf(call("no-answer"))).toBe("call");
  });

  it("is not decided while the call still rings or runs", () => {
    expect(callKindOf(call("ringing", { recordingUrl: recording }))).toBe("call");
    expect(callKindOf(call("in-progress", { recordingUrl: recording }))).toBe("call");
  });
});
