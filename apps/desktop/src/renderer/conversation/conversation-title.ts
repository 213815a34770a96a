import type { Channel } from "@emma/core";
import type { TFunction } from "i18next";

interface Titled {
  subject: string | null;
  channel: Channel;
  /** The conversation's customer; null for an unknown caller's call. */
  customerName: string | null;
}

/**
 * What a conversation is called in lists and headers: its subject; a phone conversation, which has
 * none, is the call from its customer ("Anruf von Anna Schmidt"), or from an unknown caller.
 */
export function conversationTitle(conversation: Titled, t: TFunction): string {
  if (conversation.subject) return conversation.subject;
  if (conversation.channel === "phone") {
    return conversation.customerName === null
      ? t("conversation.callFromUnknown")
      : t("conversation.callFrom", { name: conversation.customerName });
  }
  return t("conversation.noSubject");
}
