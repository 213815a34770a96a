import { normalizeMessageId, ourMessageId, replyAddress, replySubject, subjectWithToken } from "@emma/core";
import { withQuotedHistory, withQuotedHtml } from "./quote-reply.ts";
import type { OutboundMessage, SendOutcome } from "../connector.ts";
import type { EmailConfig, EmailSecrets } from "./email-config.ts";
import { smtpFailure } from "./smtp-outcome.ts";
import { createSmtpTransport } from "./smtp-transport.ts";

// Long threads: keep the root and the newest ids (RFC 5322 §3.6.4 allows trimming; some servers cap the header).
const MAX_REFERENCES = 20;

/**
 * Sends one reply. The Message-ID comes from the outbox id, so a retry after a lost answer sends the
 * same id and recipients' clients thread (and often dedupe) it. Reply-To carries the conversation's
 * token: the customer's answer comes back to this conversation whatever they do to the subject.
 */
export async function sendReply(
  message: OutboundMessage,
  config: EmailConfig,
  secrets: EmailSecrets,
): Promise<SendOutcome> {
  const recipients = recipientsOf(message);
  if (recipients.to.length === 0) {
    return { ok: false, permanent: true, error: "This contact has no email address to send the reply to" };
  }
  const messageId = ourMessageId(message.outboxId, config.messageIdDomain);
  const answering = message.inReplyTo !== undefined || message.threadExternalIds.length > 0;
  const subject = message.subject ?? "";
  const transport = createSmtpTransport(config, secrets);
  try {
    await transport.sendMail({
      from: { name: config.displayName, address: config.address },
      // nodemailer puts Bcc in the envelope only, never in the headers (no keepBcc).
      to: recipients.to,
      ...(recipients.cc.length > 0 ? { cc: recipients.cc } : {}),
      ...(recipients.bcc.length > 0 ? { bcc: recipients.bcc } : {}),
      replyTo: replyAddress(config.address, message.replyToken),
      subject: subjectWithToken(answering ? replySubject(subject) : subject, message.replyToken),
      messageId,
      ...(message.inReplyTo === undefined ? {} : { inReplyTo: bracketed(message.inReplyTo) }),
      ...(answering ? { references: referencesOf(message) } : {}),
      text: withQuotedHistory(message.text, message.quoted, message.locale),
      ...(message.html === undefined
        ? {}
        : { html: withQuotedHtml(message.html, message.quoted, message.locale) }),
      ...(message.attachments && message.attachments.length > 0
        ? {
            attachments: message.attachments.map((file) => ({
              filename: file.filename,
              contentType: file.contentType,
              content: file.content,
            })),
          }
        : {}),
    });
    return { ok: true, externalId: normalizeMessageId(messageId) ?? messageId };
  } catch (error) {
    return smtpFailure(error, config, secrets);
  } finally {
    transport.close();
  }
}

type Address = { name: string; address: string };

/** Whom the agent chose; for a reply queued without a choice, the conversation's contact. */
function recipientsOf(message: OutboundMessage): { to: Address[]; cc: Address[]; bcc: Address[] } {
  const listed = (boxes: readonly { address: string; name?: string | undefined }[]) =>
    boxes.map((box) => ({ name: box.name ?? "", address: box.address }));
  if (message.recipients)
    return {
      to: listed(message.recipients.to),
      cc: listed(message.recipients.cc),
      bcc: listed(message.recipients.bcc),
    };
  const contact = message.to.identities.find((identity) => identity.kind === "email");
  const address = contact === undefined ? "" : bareAddress(contact.value);
  return {
    to: address.includes("@") ? [{ name: message.to.name ?? "", address }] : [],
    cc: [],
    bcc: [],
  };
}

function referencesOf(message: OutboundMessage): string[] {
  const ids = [...message.threadExternalIds];
  if (message.inReplyTo !== undefined && !ids.includes(message.inReplyTo)) ids.push(message.inReplyTo);
  const kept = ids.length > MAX_REFERENCES ? [ids[0] ?? "", ...ids.slice(-(MAX_REFERENCES - 1))] : ids;
  return kept.map(bracketed);
}

/** Identities are stored as seen: `<a@b>` and `mailto:a@b` happen. */
function bareAddress(value: string): string {
  return (
    value
      .trim()
      .replace(/^<|>$/g, "")
      .replace(/^mailto:/i, "")
      .split("?")[0]
      ?.trim() ?? ""
  );
}

function bracketed(id: string): string {
  return `<${id.trim().replace(/^<|>$/g, "")}>`;
}
