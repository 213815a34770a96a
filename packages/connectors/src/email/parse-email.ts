import { classifyAutomated, readDeliveryStatus, type InboundMessage, type RawIdentity } from "@emma/core";
import type { EmailConfig } from "./email-config.ts";
import { digestIdOf } from "./dedupe-key.ts";
import { contentOf } from "./email-content.ts";
import { envelopeRecipients, mailboxesOf, sameAddress, type Mailbox } from "./email-addresses.ts";
import { attachmentsOf } from "./email-attachments.ts";
import { threadIdsOf, threadKeyOf, threadingHintsOf } from "./email-threading.ts";
import { readMailStructure } from "./mail-structure.ts";
import { occurredAtOf } from "./message-date.ts";
import { OVERSIZE_HEADER } from "./oversize-mail.ts";
import { mailSource, readMailBody } from "./read-mail-body.ts";

export type EmailParseConfig = Pick<EmailConfig, "address" | "maxMessageBytes">;

const ENVELOPE_HEADERS = ["delivered-to", "x-original-to", "envelope-to", "x-delivered-to"];

/**
 * One stored RFC 822 mail → one message. Deterministic, and it never refuses a mail that has bytes:
 * whatever could not be read is listed in `metadata.malformed`. Rejects only an empty body.
 */
export async function parseEmail(raw: Buffer, config: EmailParseConfig): Promise<InboundMessage[]> {
  if (isBlank(raw)) throw new Error("The stored mail is empty");
  const warnings: string[] = [];
  const source = mailSource(raw);
  const structure = readMailStructure(source);
  if (structure.headers.size === 0) warnings.push("no header fields");
  const body = await readMailBody(source);
  if (!body.ok) warnings.push(`the MIME body could not be read: ${body.error.slice(0, 200)}`);
  const mail = body.ok ? body.mail : undefined;

  const from = mailboxesOf(mail?.from);
  const to = mailboxesOf(mail?.to);
  const cc = mailboxesOf(mail?.cc);
  if (from.length === 0) warnings.push("no usable From address");
  // Our own sent copies (a Sent folder, an import) are outbound, and about their first recipient.
  const outbound = from[0] !== undefined && sameAddress(from[0].address, config.address);
  const contact = outbound ? to[0] : from[0];

  const ids = threadIdsOf(structure.headers);
  if (ids.messageId === undefined)
    warnings.push("no usable Message-ID; the SHA-256 of the bytes identifies it");
  const externalId = ids.messageId ?? digestIdOf(raw);
  const content = contentOf(mail, source, structure, warnings);
  const occurredAt = occurredAtOf(structure.headers, warnings);
  const files = attachmentsOf(mail?.attachments ?? [], config.maxMessageBytes);
  const oversize = Number(structure.headers.get(OVERSIZE_HEADER.toLowerCase())?.[0] ?? Number.NaN);
  if (files.dropped > 0) warnings.push(`${files.dropped} attachments beyond the first 100 not listed`);
  const automated = classifyAutomated(structure.headers, structure.facts);
  const recipients = [
    ...[...to, ...cc].map((mailbox) => mailbox.address),
    ...ENVELOPE_HEADERS.flatMap((name) => envelopeRecipients(structure.headers.get(name) ?? [])),
  ];
  const report =
    automated?.kind === "bounce"
      ? (structure.facts.providerReport ?? readDeliveryStatus(structure.facts.deliveryStatus ?? ""))
      : undefined;

  return [
    {
      channel: "email",
      kind: "message",
      externalId,
      threadKey: threadKeyOf(ids, externalId),
      occurredAt,
      direction: outbound ? "outbound" : "inbound",
      author: authorOf(contact),
      ...content,
      attachments: files.attachments,
      ...(automated ? { automated } : {}),
      threading: threadingHintsOf(ids, recipients, content.subject),
      metadata: {
        ...(ids.messageId === undefined ? {} : { messageId: ids.messageId }),
        ...(ids.inReplyTo[0] === undefined ? {} : { inReplyTo: ids.inReplyTo[0] }),
        references: ids.references,
        ...(from[0] === undefined ? {} : { from: from[0].address }),
        to: to.map((mailbox) => mailbox.address),
        cc: cc.map((mailbox) => mailbox.address),
        size: raw.length,
        ...(raw.length > config.maxMessageBytes ? { tooLarge: true } : {}),
        // Polled over the size limit: only headers and text were fetched (see oversizeStub).
        ...(Number.isFinite(oversize) ? { storedWithoutAttachments: { originalSize: oversize } } : {}),
        ...(files.oversized.length > 0 ? { oversizedAttachments: files.oversized } : {}),
        ...(report && report.recipients.length > 0 ? { deliveryReport: report.recipients.slice(0, 50) } : {}),
        ...(warnings.length > 0 ? { malformed: warnings } : {}),
      },
    },
  ];
}

function authorOf(contact: Mailbox | undefined): InboundMessage["author"] {
  if (!contact) return { identities: [] };
  const identity: RawIdentity = { kind: "email", value: contact.address };
  if (contact.name !== undefined) identity.display = contact.name;
  return { ...(contact.name === undefined ? {} : { name: contact.name }), identities: [identity] };
}

function isBlank(raw: Buffer): boolean {
  for (const byte of raw) if (byte !== 0x20 && byte !== 0x09 && byte !== 0x0d && byte !== 0x0a) return false;
  return true;
}
