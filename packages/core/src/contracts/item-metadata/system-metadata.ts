import { z } from "zod";
import { conversationStatusSchema } from "../../channel/channel.ts";
import { idSchema } from "../common.ts";
import { redactionSchema } from "../../privacy/redaction.ts";
import { metadataTimeSchema } from "./message-metadata.ts";

/** A note says everything in its text; once removed (an erasure, retention), when and why. */
export const noteMetadataSchema = z.object({
  redacted: redactionSchema.optional().describe("The note's text was removed; when and why"),
});
export type NoteMetadata = z.infer<typeof noteMetadataSchema>;

export const statusChangeMetadataSchema = z.object({
  from: conversationStatusSchema.describe("The status before"),
  to: conversationStatusSchema.describe("The status after"),
  snoozedUntil: metadataTimeSchema.nullable().optional().describe("Snoozed: when it comes back"),
  reason: z
    .enum(["snooze_ended"])
    .optional()
    .describe("snooze_ended: the wake-up job, not an agent, reopened it; omitted: an agent did"),
});
export type StatusChangeMetadata = z.infer<typeof statusChangeMetadataSchema>;

const assigneeSchema = z.object({
  assigneeId: idSchema.nullable().describe("The agent; null: nobody"),
  teamId: idSchema.nullable().describe("The team; null: none"),
});
export const assignmentMetadataSchema = z.object({
  from: assigneeSchema.describe("Who had it before"),
  to: assigneeSchema.describe("Who has it now"),
});
export type AssignmentMetadata = z.infer<typeof assignmentMetadataSchema>;

export const mergeMetadataSchema = z.object({
  mergeId: idSchema.describe("The merge; undoing it names the same"),
  absorbedId: idSchema.describe("The customer merged in (or split off again)"),
  absorbedName: z.string().describe("Their name then, as the timeline shows it"),
});
export type MergeMetadata = z.infer<typeof mergeMetadataSchema>;

export const callerAttachedMetadataSchema = z.object({
  customerName: z.string().describe("The customer the unknown caller turned out to be, as named then"),
  movedItemIds: z.array(idSchema).describe("The items that moved onto that customer's timeline"),
});
export type CallerAttachedMetadata = z.infer<typeof callerAttachedMetadataSchema>;
