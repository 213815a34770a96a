import { z } from "zod";
import { xIdSchema } from "./x-ids.ts";

const sweepSchema = z
  .object({
    token: z.string().min(1).max(500).describe("X's next_token of the page to fetch next"),
    newestId: xIdSchema.describe("The newest id of this sweep's first page: where the next sweep starts"),
  })
  .describe("A walk through pages newer than the last sweep, left off at `token`");

/**
 * Where the last committed poll stopped, per source. Mentions resume with since_id; DM events have no
 * since_id, so pages are read newest first until an id at or below newestId shows up.
 */
export const xPollCursorSchema = z.object({
  startedAt: z.iso
    .datetime()
    .optional()
    .describe("When the first poll ran: what came before is history, what came after is all fetched"),
  mentions: z
    .object({
      sinceId: xIdSchema.optional().describe("The newest mention already delivered"),
      next: sweepSchema.optional(),
    })
    .default({}),
  dms: z
    .object({
      newestId: xIdSchema.optional().describe("The newest DM event already delivered"),
      next: sweepSchema.optional(),
    })
    .default({}),
});
export type XPollCursor = z.infer<typeof xPollCursorSchema>;

/** A cursor this connector wrote, or a fresh start (first poll, or a cursor from another shape): no startedAt. */
export function readXPollCursor(cursor: unknown): XPollCursor {
  const parsed = xPollCursorSchema.safeParse(cursor ?? {});
  return parsed.success && parsed.data.startedAt !== undefined ? parsed.data : { mentions: {}, dms: {} };
}
