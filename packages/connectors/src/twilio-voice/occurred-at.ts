import type { TwilioVoiceRequest } from "./twilio-voice-request-schema.ts";
import type { StoredEvent } from "../connector.ts";

/**
 * The time the API received the event (ISO 8601), which it adds to the stored headers. The fallback
 * for callbacks that carry no time of their own (transcription callbacks), so that a replay gives the
 * same time as the first run.
 */
export const RECEIVED_AT_HEADER = "x-emma-received-at";

/**
 * When the step happened: Twilio's Timestamp (RFC 2822, status callbacks), else RecordingStartTime
 * (RFC 2822, recording callbacks), else the stored receive time. Never the clock: parsing is replayed.
 */
export function twilioOccurredAt(request: TwilioVoiceRequest, headers: StoredEvent["headers"]): Date {
  const candidates = [request.Timestamp, request.RecordingStartTime, headers[RECEIVED_AT_HEADER]];
  for (const candidate of candidates) {
    const time = candidate === undefined ? Number.NaN : Date.parse(candidate);
    if (!Number.isNaN(time)) return new Date(time);
  }
  throw new Error(
    `The Twilio event has no Timestamp or RecordingStartTime and the stored event no ${RECEIVED_AT_HEADER} header`,
  );
}
