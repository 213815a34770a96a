import type { Attachment as InboundAttachment } from "@emma/core";
import { simpleParser, type Attachment } from "mailparser";
import { MAILPARSER_OPTIONS, mailSource } from "./read-mail-body.ts";

const MAX_ATTACHMENTS = 100;

/**
 * Attachment facts for the timeline; the content stays in the raw mail the API keeps.
 * `oversized` lists the indexes of attachments larger than the configured mail size limit.
 */
export function attachmentsOf(
  attachments: readonly Attachment[],
  maxBytes: number,
): { attachments: InboundAttachment[]; oversized: number[]; dropped: number } {
  const kept = attachments.slice(0, MAX_ATTACHMENTS);
  return {
    attachments: kept.map((attachment, index) => {
      const contentId = attachment.cid?.trim();
      return {
        filename: filenameOf(attachment, index),
        contentType: attachment.contentType.slice(0, 255),
        size: attachment.content.length,
        ...(contentId ? { contentId: contentId.slice(0, 255) } : {}),
        ...(/^[0-9a-f]{64}$/.test(attachment.checksum) ? { sha256: attachment.checksum } : {}),
      };
    }),
    oversized: kept.flatMap((attachment, index) => (attachment.content.length > maxBytes ? [index] : [])),
    dropped: attachments.length - kept.length,
  };
}

function filenameOf(attachment: Attachment, index: number): string {
  const name = attachment.filename?.replace(/[\r\n\t]/g, " ").trim() ?? "";
  return name === "" ? `attachment-${index + 1}` : name.slice(0, 255);
}

export interface ExtractedAttachment {
  filename: string;
  contentType: string;
  content: Buffer;
}

/** The decoded content of attachment `index` (as numbered in the parsed message), for download. */
export async function extractAttachment(raw: Buffer, index: number): Promise<ExtractedAttachment> {
  const mail = await simpleParser(mailSource(raw), MAILPARSER_OPTIONS);
  const attachment = Number.isInteger(index) && index < MAX_ATTACHMENTS ? mail.attachments[index] : undefined;
  if (!attachment) throw new RangeError(`This mail has no attachment number ${index}`);
  return {
    filename: filenameOf(attachment, index),
    contentType: attachment.contentType,
    content: attachment.content,
  };
}
