import { createHash } from "node:crypto";
import { paramOf, type TwilioParams } from "./twilio-params.ts";

/**
 * Which step of a call one Twilio request reports. Twilio sends several kinds of request per call
 * (status callbacks, the <Dial> action, recording and transcription callbacks); the most specific
 * id present decides, since a transcription callback also repeats CallStatus and RecordingSid.
 */
export type TwilioEvent =
  | { kind: "transcription"; sid: string; status: string }
  | { kind: "recording"; sid: string; status: string }
  | { kind: "dial"; status: string }
  | { kind: "status"; status: string }
  | { kind: "other" };

export function twilioEventOf(params: TwilioParams): TwilioEvent {
  const transcriptionSid = paramOf(params, "TranscriptionSid");
  if (transcriptionSid) {
    return {
      kind: "transcription",
      sid: transcriptionSid,
      status: paramOf(params, "TranscriptionStatus") ?? "",
    };
  }
  const recordingSid = paramOf(params, "RecordingSid");
  if (recordingSid)
    return { kind: "recording", sid: recordingSid, status: paramOf(params, "RecordingStatus") ?? "" };
  const dialStatus = paramOf(params, "DialCallStatus");
  if (dialStatus) return { kind: "dial", status: dialStatus };
  const callStatus = paramOf(params, "CallStatus");
  if (callStatus) return { kind: "status", status: callStatus };
  return { kind: "other" };
}

/**
 * One stored event per lifecycle step: `<CallSid>:<step>`, plus Twilio's SequenceNumber (else its
 * Timestamp) when sent. A retry of the same callback repeats all of these and is stored once; a
 * request that names no step falls back to a digest of its body.
 */
export function twilioDedupeKey(callSid: string, params: TwilioParams, rawBody: Buffer): string {
  const event = twilioEventOf(params);
  const step = stepOf(event, rawBody);
  const order = paramOf(params, "SequenceNumber") ?? paramOf(params, "Timestamp");
  return [callSid, step, order]
    .filter((part) => part !== undefined)
    .join(":")
    .slice(0, 500);
}

function stepOf(event: TwilioEvent, rawBody: Buffer): string {
  switch (event.kind) {
    case "transcription":
    case "recording":
      return `${event.kind}-${event.sid}-${event.status}`;
    case "dial":
    case "status":
      return `${event.kind}-${event.status}`;
    case "other":
      return `body-${createHash("sha256").update(rawBody).digest("hex").slice(0, 32)}`;
    default: {
      const unknown: never = event;
      throw new Error(`Unknown Twilio event ${JSON.stringify(unknown)}`);
    }
  }
}
