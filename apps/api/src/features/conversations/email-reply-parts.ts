import {
  renderReplyMarkdown,
  sanitizeEmailHtml,
  type ConversationReplyInput,
  type MailRecipients,
  type ReplyAttachment,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

export interface ReplyParts {
  /** The text the customer reads: as typed, or the plain-text rendering of the agent's markdown. */
  text: string;
  /** The HTML part of a formatted e-mail, sanitized; null for plain replies. */
  html: string | null;
  recipients: MailRecipients | undefined;
  attachments: ReplyAttachment[];
}

/**
 * What a reply sends beside its text: the formatted mail's two parts, and the uploaded files, each
 * checked to be kept with the size the console was told, so the mail that leaves is the one queued.
 */
export async function replyParts(
  trx: Transaction<Database>,
  input: ConversationReplyInput,
): Promise<ReplyParts> {
  const rendered = input.format === "markdown" ? renderReplyMarkdown(input.text) : null;
  const attachments = input.attachments ?? [];
  if (attachments.length > 0) {
    const kept = await trx
      .selectFrom("kept_files")
      .select(["sha256", "size"])
      .where(
        "sha256",
        "in",
        attachments.map((file) => file.sha256),
      )
      .execute();
    for (const file of attachments) {
      const found = kept.find((row) => row.sha256 === file.sha256);
      if (!found || found.size !== file.size)
        throw new TRPCError({
          code: "BAD_REQUEST",
          message: `"${file.filename}" was not uploaded completely; attach it again`,
        });
    }
  }
  return {
    text: rendered?.text ?? input.text,
    html: rendered ? sanitizeEmailHtml(rendered.html).html : null,
    recipients: input.recipients,
    attachments,
  };
}
