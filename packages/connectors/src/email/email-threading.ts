import {
  headerValue,
  messageIdsIn,
  replyTokenFromAddresses,
  subjectTokenOf,
  type MailHeaders,
  type ThreadingHints,
} from "@emma/core";

// Schema limits of InboundMessage: ids longer than this are garbage, not worth a reject.
const MAX_ID = 512;
const MAX_REFERENCED = 200;

export interface EmailThreadIds {
  messageId?: string;
  inReplyTo: string[];
  /** Oldest first, as written. */
  references: string[];
}

export function threadIdsOf(headers: MailHeaders): EmailThreadIds {
  const messageId = messageIdsIn(headerValue(headers, "message-id"))[0];
  return {
    ...(messageId !== undefined && messageId.length <= MAX_ID ? { messageId } : {}),
    inReplyTo: messageIdsIn(headerValue(headers, "in-reply-to")),
    references: messageIdsIn(headerValue(headers, "references")),
  };
}

/** The thread's root: the first of References, else In-Reply-To, else the mail itself (RFC 5322 §3.6.4). */
export function threadKeyOf(ids: EmailThreadIds, externalId: string): string {
  const root = ids.references[0] ?? ids.inReplyTo[0];
  return root !== undefined && root.length <= MAX_ID ? root : externalId;
}

export function threadingHintsOf(
  ids: EmailThreadIds,
  recipients: string[],
  subject?: string,
): ThreadingHints {
  const referenced = [...ids.inReplyTo, ...[...ids.references].reverse()].filter((id) => id.length <= 998);
  const replyToken = replyTokenFromAddresses(recipients);
  const subjectToken = subjectTokenOf(subject);
  return {
    referencedIds: [...new Set(referenced)].slice(0, MAX_REFERENCED),
    ...(replyToken === undefined ? {} : { replyToken }),
    ...(subjectToken === undefined ? {} : { subjectToken }),
  };
}
