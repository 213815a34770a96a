import { z } from "zod";
import { conversationStatusSchema } from "../channel/channel.ts";
import { tagListSchema } from "../conversation/tags.ts";
import { idSchema } from "./common.ts";

export const BULK_MAX_CONVERSATIONS = 100;

const tagChangeShape = {
  add: tagListSchema.default([]).describe("Tags to add; a new one is created by using it"),
  remove: tagListSchema.default([]).describe("Tags to take off"),
};

export const conversationSetTagsInputSchema = z
  .object({ conversationId: idSchema, ...tagChangeShape })
  .describe("Add and remove tags on one conversation");
export type ConversationSetTagsInput = z.infer<typeof conversationSetTagsInputSchema>;

export const conversationTagsInputSchema = z
  .object({
    prefix: z
      .string()
      .max(40)
      .default("")
      .transform((raw) => raw.trim().toLocaleLowerCase("de"))
      .describe("Only tags starting with this (as typed; compared lower-case)"),
  })
  .default({ prefix: "" });
export type ConversationTagsInput = z.infer<typeof conversationTagsInputSchema>;

export const bulkChangeSchema = z
  .discriminatedUnion("kind", [
    z.object({
      kind: z.literal("assign"),
      assigneeId: idSchema.nullable().describe("The agent to assign to; null to unassign"),
      teamId: idSchema.nullable().optional().describe("The team to route to; omit to keep each one's team"),
    }),
    z.object({
      kind: z.literal("setStatus"),
      status: conversationStatusSchema,
      snoozedUntil: z.coerce.date().optional().describe("Required to snooze: when they come back"),
    }),
    z.object({ kind: z.literal("tags"), ...tagChangeShape }),
  ])
  .refine((change) => change.kind !== "setStatus" || change.status !== "snoozed" || change.snoozedUntil, {
    path: ["snoozedUntil"],
    message: "Say until when the conversations are snoozed",
  })
  .refine((change) => change.kind !== "tags" || change.add.length + change.remove.length > 0, {
    path: ["add"],
    message: "Name at least one tag to add or remove",
  })
  .describe("What to do to every selected conversation, with the same rules as doing it to one");
export type BulkChange = z.infer<typeof bulkChangeSchema>;

export const conversationBulkUpdateInputSchema = z.object({
  conversationIds: z
    .array(idSchema)
    .min(1, "Select at least one conversation")
    .max(BULK_MAX_CONVERSATIONS, `At most ${BULK_MAX_CONVERSATIONS} conversations at once`)
    .describe("The selected conversations; each is changed in its own transaction"),
  change: bulkChangeSchema,
});
export type ConversationBulkUpdateInput = z.infer<typeof conversationBulkUpdateInputSchema>;

export const BULK_OUTCOMES = ["changed", "unchanged", "refused", "not_found"] as const;
export type BulkOutcome = (typeof BULK_OUTCOMES)[number];
