import {
  callerIdentities,
  callKindOf,
  callThreadKey,
  isServiceNumber,
  type CallData,
  type CallStatus,
  type InboundMessage,
} from "@emma/core";
import type { CtiEvent } from "./cti-event-schema.ts";
import type { ZammadCtiRequest } from "./zammad-cti-request.ts";
import type { CtiConfig } from "./cti-config.ts";
import type { CtiRequest } from "./cti-event.ts";

/** One step of a call in either dialect, with what only Zammad's dialect tells. */
interface CtiStep extends CtiEvent {
  status: CallStatus;
  extra: Record<string, unknown>;
}

/**
 * One CTI request → one snapshot of its call, with the callId as externalId on every step: the API
 * merges the snapshots into one timeline item (core's mergeCallItem). `receivedAt` (the stored
 * receive time) is the step's time when the request carries none, as Zammad's never do.
 */
export function ctiMessageOf(
  request: CtiRequest,
  config: CtiConfig,
  receivedAt: string | undefined,
): InboundMessage {
  const step = request.dialect === "emma" ? emmaStep(request.event) : zammadStep(request.request, receivedAt);
  const direction =
    step.direction ?? (isServiceNumber(step.from, config.serviceNumbers) ? "outbound" : "inbound");
  const customerNumber = direction === "inbound" ? step.from : step.to;
  const call = callDataOf(step);
  return {
    channel: "phone",
    kind: callKindOf(call),
    externalId: step.callId,
    threadKey: callThreadKey(customerNumber, step.callId),
    occurredAt: new Date(step.at),
    direction,
    author: { identities: callerIdentities(customerNumber) },
    text: "",
    attachments: [],
    call,
    metadata: {
      provider: "cti",
      event: step.event,
      ...(step.agent === undefined ? {} : { agent: step.agent }),
      ...step.extra,
    },
  };
}

function emmaStep(event: CtiEvent): CtiStep {
  return { ...event, status: emmaStatus(event), extra: {} };
}

function zammadStep(request: ZammadCtiRequest, receivedAt: string | undefined): CtiStep {
  if (receivedAt === undefined || Number.isNaN(Date.parse(receivedAt))) {
    throw new Error("A Zammad-style CTI event carries no time, and the stored event has no receive time");
  }
  const [firstUser] = request.user;
  const agent = zammadAgent(request, firstUser);
  return {
    event: request.event,
    callId: request.callId,
    from: request.from,
    to: request.to,
    direction: request.direction === "in" ? "inbound" : "outbound",
    at: new Date(receivedAt).toISOString(),
    ...(agent === undefined ? {} : { agent }),
    status: zammadStatus(request, agent),
    extra: {
      dialect: "zammad",
      ...(request.user.length > 0 ? { users: request.user } : {}),
      ...(request.queue === undefined ? {} : { queue: request.queue }),
      ...(request.cause === undefined ? {} : { cause: request.cause }),
    },
  };
}

/**
 * Who took the call: answeringNumber, else the first named user where that user is the one on the
 * line (an answer, a normally cleared hangup, or the caller of an outbound call). On an inbound
 * newCall the users are only who it rings for.
 */
function zammadAgent(request: ZammadCtiRequest, firstUser: string | undefined): string | undefined {
  const answering = request.answeringNumber === "" ? undefined : request.answeringNumber;
  switch (request.event) {
    case "newCall":
      return request.direction === "out" ? firstUser : undefined;
    case "answer":
      return answering ?? firstUser;
    case "hangup":
      return answering ?? (request.cause === "normalClearing" ? firstUser : undefined);
    default: {
      const unknown: never = request.event;
      throw new Error(`Unknown CTI event ${String(unknown)}`);
    }
  }
}

function zammadStatus(request: ZammadCtiRequest, agent: string | undefined): CallStatus {
  if (request.event !== "hangup") return request.event === "newCall" ? "ringing" : "in-progress";
  switch (request.cause) {
    case "normalClearing":
      return "completed";
    case "busy":
      return "busy";
    case "cancel":
      return "canceled";
    case "noAnswer":
    case "forwarded":
      return "no-answer";
    case "congestion":
    case "notFound":
      return "failed";
    case undefined:
    default:
      // No cause, or one Zammad does not list: decided as for Emma's own events.
      return agent === undefined ? "no-answer" : "completed";
  }
}

function callDataOf(step: CtiStep): CallData {
  const call: CallData = { status: step.status, from: step.from, to: step.to };
  // On newCall the agent is who it rings for (or, outbound, who calls), not who took it.
  if (step.agent !== undefined && step.event !== "newCall") call.answeredBy = step.agent;
  if (step.durationSeconds !== undefined) call.durationSeconds = step.durationSeconds;
  if (step.recordingUrl !== undefined) call.recordingUrl = step.recordingUrl;
  return call;
}

/**
 * A hangup alone often does not say whether anyone answered. Without an agent it reports
 * no-answer; if an answer event of the same call names one, core's merge turns the call into
 * completed, in whichever order the two arrive.
 */
function emmaStatus(event: CtiEvent): CallStatus {
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
