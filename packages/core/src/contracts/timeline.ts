import { z } from "zod";
import { channelSchema, timelineKindSchema } from "../channel/channel.ts";
import { cursorSchema, idSchema, limitSchema } from "./common.ts";

export const timelineListInputSchema = z.object({
  customerId: idSchema.describe("Whose timeline"),
  cursor: cursorSchema.optional(),
  limit: limitSchema(200, 50),
  channels: z.array(channelSchema).max(6).optional().describe("Only these channels; omit for all"),
  kinds: z.array(timelineKindSchema).max(9).optional().describe("Only these kinds of item; omit for all"),
});
export type TimelineListInput = z.infer<typeof timelineListInputSchema>;
