import { z } from "zod";

/** https://www.twilio.com/docs/voice/api/call-resource#call-status-values */
export const TWILIO_CALL_STATUSES = [
  "queued",
  "initiated",
  "ringing",
  "in-progress",
  "completed",
  "busy",
  "no-answer",
  "canceled",
  "failed",
] as const;
/** The <Dial> action's outcome of the leg to the agents. */
export const TWILIO_DIAL_CALL_STATUSES = [
  "answered",
  "completed",
  "busy",
  "no-answer",
  "canceled",
  "failed",
] as const;
export const TWILIO_RECORDING_STATUSES = ["in-progress", "completed", "absent", "failed"] as const;
export const TWILIO_TRANSCRIPTION_STATUSES = ["in-progress", "completed", "failed"] as const;

/** A Twilio resource id (CA… call, RE… recording, TR… transcription, AC… account). */
const sid = z.string().max(64);
const digits = z.string().regex(/^\d{1,9}$/, "expected a whole number");
/** Free text Twilio passes on from callers or carriers: cut, not refused, when overlong. */
const cut = (max: number) => z.string().transform((text) => text.slice(0, max));

/**
 * One Twilio Programmable Voice request (status callback, <Dial> action, recording or transcription
 * callback), as its parameters' first values with blanks left out. A boundary contract, so it
 * lives here with the other input schemas; parameters Emma does not use are dropped.
 */
export const twilioVoiceRequestSchema = z.object({
  CallSid: sid.min(1, "the request names no call (CallSid)"),
  AccountSid: sid.optional(),
  ParentCallSid: sid.optional(),
  From: z.string().max(64).optional().describe("Calling number; 'anonymous' or a dummy when withheld"),
  To: z.string().max(64).optional().describe("Called number"),
  Direction: z.string().max(32).optional().describe("inbound, outbound-api, outbound-dial, trunking-…"),
  CallerName: cut(255).optional(),
  ForwardedFrom: z.string().max(64).optional(),
  AnsweredBy: z.string().max(32).optional(),
  CallStatus: z.enum(TWILIO_CALL_STATUSES).optional(),
  CallDuration: digits.transform(Number).optional(),
  Timestamp: z.string().max(64).optional().describe("RFC 2822, on status callbacks"),
  SequenceNumber: digits.optional(),
  DialCallSid: sid.optional(),
  DialCallStatus: z.enum(TWILIO_DIAL_CALL_STATUSES).optional(),
  RecordingSid: sid.optional(),
  RecordingUrl: z.url().optional(),
  RecordingStatus: z.enum(TWILIO_RECORDING_STATUSES).optional(),
  RecordingDuration: digits.optional(),
  RecordingStartTime: z.string().max(64).optional().describe("RFC 2822, on recording callbacks"),
  TranscriptionSid: sid.optional(),
  TranscriptionStatus: z.enum(TWILIO_TRANSCRIPTION_STATUSES).optional(),
  TranscriptionText: cut(100_000).optional(),
});
export type TwilioVoiceRequest = z.infer<typeof twilioVoiceRequestSchema>;
