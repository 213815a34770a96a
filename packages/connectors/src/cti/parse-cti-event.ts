import {
  callerIdentities,
  callKindOf,
  callThreadKey,
  isServiceNumber,
  type CallData,
  type CallStatus,
  type InboundMessage,
} from "@emma/core";
import type { CtiConfig } from "./cti-config.ts";
import type { CtiEvent } from "@emma/core";

/**
 * One CTI event → one snapshot of its call, with the callId as externalId on every step: the API
 * merges the snapshots into one timeline item (core's mergeCallItem).
 */
export function ctiMessageOf(event: CtiEvent, config: CtiConfig): InboundMessage {
  const direction =
    event.direction ?? (isServiceNumber(event.from, config.serviceNumbers) ? "outbound" : "inbound");
  const customerNumber = direction === "inbound" ? event.from : event.to;
  const call = callDataOf(event);
  return {
    channel: "phone",
    kind: callKindOf(call),
    externalId: event.callId,
    threadKey: callThreadKey(customerNumber, event.callId),
    occurredAt: new Date(event.at),
    direction,
    author: { identities: callerIdentities(customerNumber) },
    text: "",
    attachments: [],
    call,
    metadata: {
      provider: "cti",
      event: event.event,
      ...(event.agent === undefined ? {} : { agent: event.agent }),
    },
  };
}

function callDataOf(event: CtiEvent): CallData {
  const call: CallData = { status: statusOf(event), from: event.from, to: event.to };
  // On newCall the agent is who it rings for, not who took it.
  if (event.agent !== undefined && event.event !== "newCall") call.answeredBy = event.agent;
  if (event.durationSeconds !== undefined) call.durationSeconds = event.durationSeconds;
  if (event.recordingUrl !== undefined) call.recordingUrl = event.recordingUrl;
  return call;
}

/**
 * A hangup alone often does not say whether anyone answered. Without an agent it reports
 * no-answer; if an answer event of the same call names one, core's merge turns the call into
 * completed, in whichever order the two arrive.
 */
function statusOf(event: CtiEvent): CallStatus {
  switch (event.event) {
    case "newCall":
      return "ringing";
    case "answer":
      return "in-progress";
    case "hangup":
      return event.agent === undefined ? "no-answer" : "completed";
    default: {
      const unknown: never = event.event;
      throw new Error(`Unknown CTI event ${String(unknown)}`);
    }
  }
}
