import type { CallData } from "../inbound/inbound-message.ts";
import { callKindOf, type CallKind } from "./call-kind.ts";
import { mergeCallData } from "./merge-call-data.ts";

/** What of a call's timeline item changes when another webhook of the same call arrives. */
export interface CallItemState {
  /** When the call started, as far as the events seen so far tell. */
  occurredAt: Date;
  call: CallData;
}

export interface MergedCallItem extends CallItemState {
  kind: CallKind;
  /** The item's searchable body: the transcript once there is one. */
  text: string;
}

/**
 * The API's upsert for call items, keyed by (connector, externalId): merges the call data, keeps the
 * earliest time (the call's start; later events carry later times) and derives kind and text from the
 * merged data. Order-independent like `mergeCallData`.
 */
export function mergeCallItem(stored: CallItemState, incoming: CallItemState): MergedCallItem {
  const call = mergeCallData(stored.call, incoming.call);
  const occurredAt =
    incoming.occurredAt.getTime() < stored.occurredAt.getTime() ? incoming.occurredAt : stored.occurredAt;
  return { occurredAt, call, kind: callKindOf(call), text: call.transcript ?? "" };
}

/**
 * The item for the first event of a call. The same rules as a merge (an answered call is never
 * unanswered), so that a later redelivery of that event changes nothing.
 */
export function callItemOf(first: CallItemState): MergedCallItem {
  return mergeCallItem(first, first);
}

/** Every event of one call folded into its item, e.g. when rebuilding from stored events. */
export function foldCallItems(first: CallItemState, ...rest: CallItemState[]): MergedCallItem {
  return rest.reduce<MergedCallItem>((item, next) => mergeCallItem(item, next), callItemOf(first));
}
