/** How a message was found to continue a conversation, in the order the clues are trusted. */
/**
 * `thread-key` is no clue of email's: an item of ours that names nobody (a forum post our staff
 * wrote at the forum itself) joins the conversation its provider's thread key already names.
 */
export const THREAD_RULES = [
  "reply-token",
  "our-message-id",
  "stored-message-id",
  "subject-token",
  "thread-key",
] as const;
export type ThreadRule = (typeof THREAD_RULES)[number];

/** The conversation each clue points to, where it points to one this connector holds. */
export type ThreadCandidates = Partial<Record<ThreadRule, string>>;

export interface ChosenThread {
  conversationId: string;
  rule: ThreadRule;
}

/**
 * Email threading order: Emma's reply token (in the address the customer answered to) beats our own
 * Message-IDs in In-Reply-To/References, which beat any other stored Message-ID, which beats the
 * ticket token in the subject (people edit subjects). No clue: the message starts a new conversation.
 */
export function chooseThread(candidates: ThreadCandidates): ChosenThread | undefined {
  for (const rule of THREAD_RULES) {
    const conversationId = candidates[rule];
    if (conversationId !== undefined) return { conversationId, rule };
  }
  return undefined;
}
