import type { MessengerWindow } from "@emma/core";

/** Dates in refusals: unambiguous for agents anywhere, and the same on every server. */
export function utcMinute(date: Date): string {
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

/** Why a Messenger reply cannot leave, in words an agent can act on. */
export function closedMessengerWindow(
  window: Extract<MessengerWindow, { kind: "closed" }>,
  humanAgentEnabled: boolean,
): string {
  if (window.since === null) {
    return "The customer has not written to the Page on Messenger in this conversation, and Meta does not let a Page start one: wait until the customer writes.";
  }
  const rule = humanAgentEnabled
    ? "Meta allows replies on Messenger for 24 hours after the customer's last message, and for 7 days with the human agent tag"
    : "Meta allows replies on Messenger only within 24 hours of the customer's last message (the 7-day human agent tag is not enabled for this Page)";
  return `Not sent: ${rule}. That window closed on ${utcMinute(window.since)}. The customer has to write again before the Page can answer.`;
}

export function closedPrivateReplyWindow(since: Date): string {
  return `Not sent: Meta allows the one private reply to a comment only within 7 days of the comment, and that ended on ${utcMinute(since)}. Answer publicly instead.`;
}

export const ALREADY_REPLIED_PRIVATELY =
  "Not sent: the Page already sent its one private reply to this comment, and Meta allows no second. Answer publicly, or wait until the customer writes in Messenger.";
