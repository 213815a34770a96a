import { furtherCallStatus, type CallStatus } from "@emma/core";
import type {
  TWILIO_CALL_STATUSES,
  TWILIO_DIAL_CALL_STATUSES,
  TwilioVoiceRequest,
} from "./twilio-voice-request-schema.ts";

/**
 * Twilio's CallStatus values (https://www.twilio.com/docs/voice/api/call-resource#call-status-values).
 * queued and initiated are the moments before the phone rings; to the desk they already ring.
 */
function fromCallStatus(value: (typeof TWILIO_CALL_STATUSES)[number]): CallStatus {
  switch (value) {
    case "queued":
    case "initiated":
    case "ringing":
      return "ringing";
    case "in-progress":
    case "completed":
    case "busy":
    case "no-answer":
    case "canceled":
    case "failed":
      return value;
    default: {
      const unknown: never = value;
      throw new Error(`Unknown Twilio CallStatus ${String(unknown)}`);
    }
  }
}

/**
 * The <Dial> action's DialCallStatus describes the leg to the agents. Its `completed`/`answered`
 * only say the parent call was taken (the caller may still be in an IVR), so they map to
 * in-progress; its unanswered outcomes are the parent call's outcome, and outrank the parent's
 * later `completed` in the merge (a voicemail left after nobody picked up).
 */
function fromDialCallStatus(value: (typeof TWILIO_DIAL_CALL_STATUSES)[number]): CallStatus {
  switch (value) {
    case "answered":
    case "completed":
      return "in-progress";
    case "busy":
    case "no-answer":
    case "canceled":
    case "failed":
      return value;
    default: {
      const unknown: never = value;
      throw new Error(`Unknown Twilio DialCallStatus ${String(unknown)}`);
    }
  }
}

/**
 * The furthest status one request tells. A recording or transcription callback without a status
 * still proves the line was open, so it says in-progress: enough not to pop up a ringing call, and
 * outranked by whatever end the status callbacks report.
 */
export function twilioCallStatus(request: TwilioVoiceRequest): CallStatus {
  const media = request.RecordingUrl ?? request.TranscriptionSid;
  const told: (CallStatus | undefined)[] = [
    request.CallStatus && fromCallStatus(request.CallStatus),
    request.DialCallStatus && fromDialCallStatus(request.DialCallStatus),
    media === undefined ? undefined : "in-progress",
  ];
  return told.reduce<CallStatus>(
    (further, status) => (status ? furtherCallStatus(further, status) : further),
    "ringing",
  );
}
