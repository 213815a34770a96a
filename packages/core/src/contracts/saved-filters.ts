import { z } from "zod";
import { CONVERSATION_STATUSES, conversationStatusSchema } from "../channel/channel.ts";
import { tagSchema } from "../conversation/tags.ts";
import { idSchema } from "./common.ts";
import { queueOrderSchema, queueSchema } from "./conversations.ts";

export const SAVED_FILTER_NAME_MAX = 60;
/** Enough for every view an agent keeps at hand; the queue nav stays short. */
export const SAVED_FILTERS_PER_USER = 30;

export const queueViewSchema = z
  .object({
    queue: queueSchema,
    statuses: z
      .array(conversationStatusSchema)
      .min(1)
      .max(CONVERSATION_STATUSES.length)
      .describe("Which statuses the view shows"),
    tag: tagSchema.nullable().describe("Only conversations with this tag; null for all"),
    order: queueOrderSchema,
  })
  .describe("A queue as the agent looks at it");
export type QueueView = z.infer<typeof queueViewSchema>;

export const savedFilterSaveInputSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Give the view a name")
      .max(SAVED_FILTER_NAME_MAX, `A name has at most ${SAVED_FILTER_NAME_MAX} characters`)
      .describe("How the view is listed in the queue nav; saving under an existing name replaces it"),
    view: queueViewSchema,
  })
  .describe("Save the current queue view under a name, for the signed-in user only");
export type SavedFilterSaveInput = z.infer<typeof savedFilterSaveInputSchema>;

export const savedFilterDeleteInputSchema = z.object({ id: idSchema.describe("The saved view to delete") });
export type SavedFilterDeleteInput = z.infer<typeof savedFilterDeleteInputSchema>;
