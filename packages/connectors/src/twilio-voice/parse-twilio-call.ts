import { callerIdentities, callKindOf, callThreadKey, type CallData, type InboundMessage } from "@emma/core";
import type { TwilioVoiceRequest } from "./twilio-voice-request-schema.ts";
import type { StoredEvent } from "../connector.ts";
import { twilioDirection } from "./call-direction.ts";
import { twilioOccurredAt } from "./occurred-at.ts";
import { twilioCallStatus } from "./twilio-call-status.ts";
import { twilioEventOf } from "./twilio-event.ts";
import type { TwilioParams } from "./twilio-params.ts";
import { readTwilioVoiceRequest } from "./twilio-voice-request.ts";

/**
 * One Twilio voice request → one snapshot of its call. Every request of a call has the same
 * externalId (the CallSid): the API merges the snapshots into one timeline item (core's
 * mergeCallItem), so each parser only says what its own request knows.
 */
export function parseTwilioCall(
  params: TwilioParams,
  headers: StoredEvent["headers"],
  serviceNumbers: readonly string[],
): InboundMessage {
  const request = readTwilioVoiceRequest(params);
  const direction = twilioDirection(request, serviceNumbers);
  const customerNumber = direction === "inbound" ? request.From : request.To;
  const call = callDataOf(request);
  return {
    channel: "phone",
    kind: callKindOf(call),
    externalId: request.CallSid,
    threadKey: callThreadKey(customerNumber, request.CallSid),
    occurredAt: twilioOccurredAt(request, headers),
    direction,
    author: {
      ...(request.CallerName === undefined ? {} : { name: request.CallerName }),
      identities: callerIdentities(customerNumber),
    },
    text: call.transcript ?? "",
    attachments: [],
    call,
    metadata: metadataOf(request),
  };
}

function callDataOf(request: TwilioVoiceRequest): CallData {
  const call: CallData = {
    status: twilioCallStatus(request),
    from: request.From ?? "",
    to: request.To ?? "",
  };
  if (request.CallDuration !== undefined) call.durationSeconds = request.CallDuration;
  // in-progress, absent and failed recordings have nothing to play yet (or ever).
  if (request.RecordingUrl && (request.RecordingStatus ?? "completed") === "completed")
    call.recordingUrl = request.RecordingUrl;
  if (request.TranscriptionText !== undefined && (request.TranscriptionStatus ?? "completed") === "completed")
    call.transcript = request.TranscriptionText;
  return call;
}

const KEPT_PARAMS = [
  "AccountSid",
  "Direction",
  "AnsweredBy",
  "ForwardedFrom",
  "ParentCallSid",
  "DialCallSid",
  "RecordingSid",
  "RecordingDuration",
  "TranscriptionSid",
  "SequenceNumber",
] as const;

function metadataOf(request: TwilioVoiceRequest): Record<string, unknown> {
  const kept = KEPT_PARAMS.flatMap((name) => {
    const value = request[name];
    return value === undefined ? [] : [[name, value] as const];
  });
  return { provider: "twilio", event: twilioEventOf(request).kind, ...Object.fromEntries(kept) };
}
