import { z } from "zod";
import { CHANNELS, TIMELINE_KINDS, channelSchema, timelineKindSchema } from "../channel/channel.ts";
import { cursorSchema, idSchema, limitSchema } from "./common.ts";

export const timelineListInputSchema = z.object({
  customerId: idSchema.describe("Whose timeline"),
  cursor: cursorSchema.optional(),
  limit: limitSchema(200, 50),
  channels: z
    .array(channelSchema)
    .max(CHANNELS.length)
    .optional()
    .describe("Only these channels; omit for all"),
  kinds: z
    .array(timelineKindSchema)
    .max(TIMELINE_KINDS.length)
    .optional()
    .describe("Only these kinds of item; omit for all"),
});
export type TimelineListInput = z.infer<typeof timelineListInputSchema>;
