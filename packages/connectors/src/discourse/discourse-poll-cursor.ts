import { z } from "zod";

export const DISCOURSE_LISTS = ["latest", "private"] as const;
export type DiscourseList = (typeof DISCOURSE_LISTS)[number];

const sweepSchema = z.object({
  list: z.enum(DISCOURSE_LISTS).describe("latest: /latest.json; private: the staff account's messages"),
  page: z.number().int().min(0).describe("The list page being read (Discourse's ?page=)"),
  index: z.number().int().min(0).describe("The topic of that page being read"),
  offset: z.number().int().min(0).describe("Posts of that topic already delivered, in stream order"),
  newest: z.iso.datetime({ offset: true }).describe("The newest bumped_at this sweep has seen"),
});
export type DiscourseSweep = z.infer<typeof sweepSchema>;

/**
 * Where the catch-up stands: every topic bumped after `watermark` is delivered once a sweep ends;
 * a sweep in progress (`sweep`) resumes at its list, page, topic and post.
 */
export const discoursePollCursorSchema = z.object({
  watermark: z.iso.datetime({ offset: true }).describe("Topics bumped up to here are delivered"),
  sweep: sweepSchema.optional(),
});
export type DiscoursePollCursor = z.infer<typeof discoursePollCursorSchema>;

/** The committed cursor, or a first one reaching back `backfillDays`. */
export function readDiscoursePollCursor(
  cursor: unknown,
  backfillDays: number,
  now: Date = new Date(),
): DiscoursePollCursor {
  const parsed = discoursePollCursorSchema.safeParse(cursor);
  if (parsed.success) return parsed.data;
  return { watermark: new Date(now.getTime() - backfillDays * 86_400_000).toISOString() };
}
