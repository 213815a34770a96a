import { z } from "zod";

/** Where the last committed poll stopped. UIDVALIDITY is a 32-bit number but kept as text (JSON-safe). */
export const pollCursorSchema = z.object({
  uidValidity: z.string().regex(/^\d+$/).describe("The mailbox's UIDVALIDITY when lastUid was read"),
  lastUid: z.number().int().nonnegative().describe("Highest UID already delivered"),
});
export type PollCursor = z.infer<typeof pollCursorSchema>;

/**
 * The UID to continue after. A changed UIDVALIDITY means the server renumbered the mailbox (RFC 3501
 * §2.3.1.1): start again from the beginning; the Message-ID dedupe keys stop anything being stored twice.
 */
export function resumeAfter(cursor: unknown, uidValidity: string): number {
  const parsed = pollCursorSchema.safeParse(cursor);
  return parsed.success && parsed.data.uidValidity === uidValidity ? parsed.data.lastUid : 0;
}
