import { foldCallItems, type CallItemState, type InboundMessage, type MergedCallItem } from "@emma/core";

// Test helper for the call connectors (Twilio, CTI): what the API makes of a call's messages.
// Not exported from the package.

export function foldMessages(messages: readonly InboundMessage[]): MergedCallItem {
  const states: CallItemState[] = messages.flatMap(({ occurredAt, call }) =>
    call ? [{ occurredAt, call }] : [],
  );
  const [first, ...rest] = states;
  if (!first) throw new Error("No call messages to fold");
  return foldCallItems(first, ...rest);
}
