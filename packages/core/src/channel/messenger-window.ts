/**
 * Meta's messaging windows (Messenger Platform policy, "Standard messaging" and "Message tags"):
 * a Page may answer freely for 24 hours after the person's last message (`messaging_type=RESPONSE`);
 * with the HUMAN_AGENT tag a person (never a bot) may answer for 7 days after it
 * (`messaging_type=MESSAGE_TAG`, `tag=HUMAN_AGENT`), if the Page's app has that feature. After that
 * Meta refuses every message (error 10 / 2018278) until the person writes again.
 * Private Replies: one message to the author of a comment, within 7 days of the comment.
 * Pure, so the API refuses before sending and the console shows the same rule beside the composer.
 */
export const MESSENGER_RESPONSE_WINDOW_MS = 24 * 60 * 60 * 1000;
export const MESSENGER_HUMAN_AGENT_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;
export const PRIVATE_REPLY_WINDOW_MS = 7 * 24 * 60 * 60 * 1000;

export type MessengerWindow =
  /** Inside the 24 hours: a normal reply. */
  | { kind: "response"; closesAt: Date }
  /** Past 24 hours, inside 7 days, and the admin allowed the HUMAN_AGENT tag for this Page. */
  | { kind: "human_agent"; closesAt: Date }
  /**
   * No reply is possible until the customer writes again. `since`: when the last open window
   * closed; null when the customer never wrote in this conversation.
   */
  | { kind: "closed"; since: Date | null };

export interface MessengerWindowInput {
  /** When the customer last wrote in this conversation; undefined if never. */
  lastInboundAt: Date | undefined;
  now: Date;
  /** The Page's connector allows agents to answer with the HUMAN_AGENT tag. */
  humanAgentEnabled: boolean;
}

export function messengerWindow({
  lastInboundAt,
  now,
  humanAgentEnabled,
}: MessengerWindowInput): MessengerWindow {
  if (lastInboundAt === undefined) return { kind: "closed", since: null };
  const responseEnds = new Date(lastInboundAt.getTime() + MESSENGER_RESPONSE_WINDOW_MS);
  // A window that has not yet run out includes its last millisecond: Meta counts "within 24 hours".
  if (now.getTime() <= responseEnds.getTime()) return { kind: "response", closesAt: responseEnds };
  if (!humanAgentEnabled) return { kind: "closed", since: responseEnds };
  const humanAgentEnds = new Date(lastInboundAt.getTime() + MESSENGER_HUMAN_AGENT_WINDOW_MS);
  if (now.getTime() <= humanAgentEnds.getTime()) return { kind: "human_agent", closesAt: humanAgentEnds };
  return { kind: "closed", since: humanAgentEnds };
}

export type PrivateReplyWindow = { open: true; closesAt: Date } | { open: false; since: Date };

/** Whether the one private reply to a comment made at `commentedAt` may still be sent at `now`. */
export function privateReplyWindow(commentedAt: Date, now: Date): PrivateReplyWindow {
  const closesAt = new Date(commentedAt.getTime() + PRIVATE_REPLY_WINDOW_MS);
  return now.getTime() <= closesAt.getTime() ? { open: true, closesAt } : { open: false, since: closesAt };
}
