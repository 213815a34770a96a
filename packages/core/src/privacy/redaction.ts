import { z } from "zod";

/** Why an item's content is gone: the person's erasure (Art. 17), or the end of its retention period. */
export const REDACTION_CAUSES = ["erasure", "retention"] as const;
export const redactionCauseSchema = z.enum(REDACTION_CAUSES);
export type RedactionCause = z.infer<typeof redactionCauseSchema>;

/** Written on every redacted item, so the console says plainly why the text is gone. */
export const redactionSchema = z.object({
  at: z.iso.datetime({ offset: true }).describe("When the content was removed"),
  cause: redactionCauseSchema,
  attachments: z.number().int().nonnegative().describe("How many files the item had"),
});
export type Redaction = z.infer<typeof redactionSchema>;
