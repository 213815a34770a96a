import { z } from "zod";

/** Files on one e-mail reply. */
export const MAX_REPLY_ATTACHMENTS = 10;
/**
 * All files of one e-mail reply together. Base64 makes a mail a third larger, and many providers
 * refuse mails over 25 MB: 20 MB of files keeps a reply under that.
 */
export const MAX_REPLY_ATTACHMENT_BYTES = 20 * 1024 * 1024;

/** A file the agent uploaded (kept once per sha256) and sends with a reply. */
export const replyAttachmentSchema = z.object({
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/, "Not a file Emma keeps: upload it first")
    .describe("The uploaded file, as the upload answered"),
  filename: z
    .string()
    .trim()
    .min(1, "A file needs a name")
    .max(255)
    .refine((name) => !/[\\/\0]/.test(name), "A file name cannot contain / or \\")
    .describe("The name the customer sees"),
  contentType: z
    .string()
    .max(255)
    .regex(/^[\w.+-]+\/[\w.+-]+$/, "Not a media type like application/pdf")
    .describe("The media type it is sent as"),
  size: z.number().int().nonnegative().describe("Its size in bytes, as the upload answered"),
});
export type ReplyAttachment = z.infer<typeof replyAttachmentSchema>;

export const replyAttachmentsSchema = z
  .array(replyAttachmentSchema)
  .max(MAX_REPLY_ATTACHMENTS, `A reply carries ${String(MAX_REPLY_ATTACHMENTS)} files at most`)
  .refine(
    (files) => files.reduce((sum, file) => sum + file.size, 0) <= MAX_REPLY_ATTACHMENT_BYTES,
    `The files of one reply may be ${String(MAX_REPLY_ATTACHMENT_BYTES / 1024 / 1024)} MB together at most`,
  );

/** Why a file cannot go on a reply before it is uploaded: the console says so at once. */
export type AttachmentRefusal =
  | { kind: "too_many"; max: number }
  | { kind: "too_large"; maxBytes: number }
  | { kind: "total_too_large"; maxBytes: number }
  | { kind: "empty" };

/**
 * Checks one more file against those already on the reply, with the server's per-file limit
 * (`EMMA_FILE_MAX_BYTES`) and the mail's total.
 */
export function refuseAttachment(
  attached: readonly { size: number }[],
  file: { size: number },
  maxFileBytes: number,
): AttachmentRefusal | null {
  if (attached.length >= MAX_REPLY_ATTACHMENTS) return { kind: "too_many", max: MAX_REPLY_ATTACHMENTS };
  if (file.size === 0) return { kind: "empty" };
  const perFile = Math.min(maxFileBytes, MAX_REPLY_ATTACHMENT_BYTES);
  if (file.size > perFile) return { kind: "too_large", maxBytes: perFile };
  const total = attached.reduce((sum, one) => sum + one.size, 0) + file.size;
  if (total > MAX_REPLY_ATTACHMENT_BYTES)
    return { kind: "total_too_large", maxBytes: MAX_REPLY_ATTACHMENT_BYTES };
  return null;
}
