import { callerIdentities, callKindOf, callThreadKey, type CallData, type InboundMessage } from "@emma/core";
import { z } from "zod";
import type { StoredEvent } from "../connector.ts";
import { twilioDirection } from "./call-direction.ts";
import { twilioOccurredAt } from "./occurred-at.ts";
import { twilioCallStatus } from "./twilio-call-status.ts";
import { twilioEventOf } from "./twilio-event.ts";
import { paramOf, type TwilioParams } from "./twilio-params.ts";

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
  const callSid = paramOf(params, "CallSid");
  if (!callSid) throw new Error("The Twilio event has no CallSid");
  const direction = twilioDirection(params, serviceNumbers);
  const customerNumber = paramOf(params, direction === "inbound" ? "From" : "To");
  const call = callDataOf(params);
  const callerName = paramOf(params, "CallerName");
  return {
    channel: "phone",
    kind: callKindOf(call),
    externalId: callSid,
    threadKey: callThreadKey(customerNumber, callSid),
    occurredAt: twilioOccurredAt(params, headers),
    direction,
    author: {
      ...(callerName === undefined ? {} : { name: callerName.slice(0, 255) }),
      identities: callerIdentities(customerNumber),
    },
    text: call.transcript ?? "",
    attachments: [],
    call,
    metadata: metadataOf(params),
  };
}

function callDataOf(params: TwilioParams): CallData {
  const call: CallData = {
    status: twilioCallStatus(params),
    from: (paramOf(params, "From") ?? "").slice(0, 64),
    to: (paramOf(params, "To") ?? "").slice(0, 64),
  };
  const duration = Number(paramOf(params, "CallDuration"));
  if (Number.isInteger(duration) && duration >= 0) call.durationSeconds = duration;
  const recordingUrl = paramOf(params, "RecordingUrl");
  // in-progress, absent and failed recordings have nothing to play yet (or ever).
  const recordingStatus = paramOf(params, "RecordingStatus") ?? "completed";
  if (recordingStatus === "completed" && z.url().safeParse(recordingUrl).success)
    call.recordingUrl = recordingUrl;
  const transcript = paramOf(params, "TranscriptionText");
  if (transcript !== undefined && (paramOf(params, "TranscriptionStatus") ?? "completed") === "completed") {
    call.transcript = transcript.slice(0, 100_000);
  }
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

function metadataOf(params: TwilioParams): Record<string, unknown> {
  const kept = KEPT_PARAMS.flatMap((name) => {
    const value = paramOf(params, name);
    return value === undefined ? [] : [[name, value] as const];
  });
  return { provider: "twilio", event: twilioEventOf(params).kind, ...Object.fromEntries(kept) };
}
