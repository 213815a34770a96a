import { createHash } from "node:crypto";
import type { TwilioVoiceRequest } from "./twilio-voice-request-schema.ts";

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

export function twilioEventOf(request: TwilioVoiceRequest): TwilioEvent {
  if (request.TranscriptionSid)
    return {
      kind: "transcription",
      sid: request.TranscriptionSid,
      status: request.TranscriptionStatus ?? "",
    };
  if (request.RecordingSid)
    return { kind: "recording", sid: request.RecordingSid, status: request.RecordingStatus ?? "" };
  if (request.DialCallStatus) return { kind: "dial", status: request.DialCallStatus };
  if (request.CallStatus) return { kind: "status", status: request.CallStatus };
  return { kind: "other" };
}

/**
 * One stored event per lifecycle step: `<CallSid>:<step>`, plus Twilio's SequenceNumber (else its
 * Timestamp) when sent. A retry of the same callback repeats all of these and is stored once; a
 * request that names no step falls back to a digest of its body.
 */
export function twilioDedupeKey(request: TwilioVoiceRequest, rawBody: Buffer): string {
  const step = stepOf(twilioEventOf(request), rawBody);
  const order = request.SequenceNumber ?? request.Timestamp;
  return [request.CallSid, step, order]
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
