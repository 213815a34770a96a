import { describe, expect, it } from "vitest";
import { twilioVoiceRequestSchema } from "./twilio-voice-request-schema.ts";

const statusCallback = {
  AccountSid: "AC0123456789abcdef0123456789abcdef",
  CallSid: "CA0123456789abcdef0123456789abcdef",
  From: "+4917612345678",
  To: "+4930123456",
  Direction: "inbound",
  CallStatus: "completed",
  CallDuration: "42",
  Timestamp: "Fri, 20 Nov 2026 10:00:00 +0000",
  SequenceNumber: "3",
  ApiVersion: "2010-04-01",
};

describe("twilioVoiceRequestSchema", () => {
  it("reads a status callback, the duration as a number, and drops parameters Emma does not use", () => {
    const request = twilioVoiceRequestSchema.parse(statusCallback);
    expect(request).toMatchObject({ CallStatus: "completed", CallDuration: 42, SequenceNumber: "3" });
    expect(request).not.toHaveProperty("ApiVersion");
  });

  it("refuses a request without a call, an unknown status, a duration that is no number and a recording that is no URL", () => {
    const { CallSid: _, ...withoutCall } = statusCallback;
    expect(twilioVoiceRequestSchema.safeParse(withoutCall).success).toBe(false);
    for (const wrong of [
      { CallStatus: "klingelt" },
      { DialCallStatus: "maybe" },
      { CallDuration: "-1" },
      { RecordingUrl: "recording.mp3" },
      { RecordingStatus: "done" },
    ]) {
      expect(
        twilioVoiceRequestSchema.safeParse({ ...statusCallback, ...wrong }).success,
        JSON.stringify(wrong),
      ).toBe(false);
    }
  });

  it("cuts a carrier's overlong caller name and transcript instead of refusing the call", () => {
    const request = twilioVoiceRequestSchema.parse({
      ...statusCallback,
      CallerName: "N".repeat(300),
      TranscriptionText: "t".repeat(100_010),
    });
    expect(request.CallerName).toHaveLength(255);
    expect(request.TranscriptionText).toHaveLength(100_000);
  });
});
