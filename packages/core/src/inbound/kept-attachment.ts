import { z } from "zod";
import { attachmentSchema } from "./inbound-message.ts";

/**
 * Why a file named by URL could not be kept. `expired` and `gone` are the usual fate of Messenger's
 * CDN links; `unreachable` is given only after every retry failed.
 */
export const FILE_FETCH_FAILURES = [
  "expired",
  "gone",
  "refused",
  "too_large",
  "unreachable",
  "blocked_address",
  "unsupported_link",
  "too_many_redirects",
] as const;
export const fileFetchFailureSchema = z.enum(FILE_FETCH_FAILURES).describe("Why the file was not kept");
export type FileFetchFailure = z.infer<typeof fileFetchFailureSchema>;

export const fileFetchStateSchema = z
  .discriminatedUnion("state", [
    z.object({
      state: z.literal("kept").describe("Emma has the file; `sha256` names it"),
      at: z.iso.datetime().describe("When Emma fetched it"),
    }),
    z.object({
      state: z.literal("failed").describe("Emma gave up on the file; it can no longer be downloaded"),
      at: z.iso.datetime().describe("When Emma gave up"),
      reason: fileFetchFailureSchema,
      httpStatus: z.number().int().min(100).max(599).optional().describe("The provider's answer, if any"),
      maxBytes: z.number().int().positive().optional().describe("too_large: the size limit that was hit"),
      message: z.string().max(2000).describe("The same in English words, for logs and API clients"),
    }),
  ])
  .describe("What became of a file named by URL; absent while it still waits to be fetched");
export type FileFetchState = z.infer<typeof fileFetchStateSchema>;

/** An attachment as the timeline item keeps it: as received, plus what fetching its URL gave. */
export const timelineAttachmentSchema = attachmentSchema.extend({
  fetch: fileFetchStateSchema.optional(),
});
export type TimelineAttachment = z.infer<typeof timelineAttachmentSchema>;

/** Where a file stands for the agent: a mail part or a kept file, one still being fetched, or lost. */
export type AttachmentAvailability =
  | { kind: "available" }
  | { kind: "pending" }
  | { kind: "failed"; failure: Extract<FileFetchState, { state: "failed" }> };

export function availabilityOf(attachment: TimelineAttachment): AttachmentAvailability {
  // No URL: a mail attachment, cut from the kept raw mail when downloaded.
  if (attachment.url === undefined) return { kind: "available" };
  if (attachment.fetch === undefined) return { kind: "pending" };
  switch (attachment.fetch.state) {
    case "kept":
      return { kind: "available" };
    case "failed":
      return { kind: "failed", failure: attachment.fetch };
    default: {
      const unknown: never = attachment.fetch;
      return unknown;
    }
  }
}
