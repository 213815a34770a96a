import { z } from "zod";

const count = z.number().int().nonnegative();

/** Rows per kind: what a run changed, or what the rules would change now (the preview). */
export const retentionCountsSchema = z
  .object({
    rawInboundEvents: count,
    resolvedConversations: count,
    callRecordings: count,
    auditEntries: count,
  })
  .describe("Rows per kind of data");
export type RetentionCounts = z.infer<typeof retentionCountsSchema>;

export const NO_RETENTION_COUNTS: RetentionCounts = {
  rawInboundEvents: 0,
  resolvedConversations: 0,
  callRecordings: 0,
  auditEntries: 0,
};

export const RETENTION_TRIGGERS = ["schedule", "admin"] as const;

/** One application of the rules, as the admin screen shows the last one. */
export const retentionRunSchema = z.object({
  startedAt: z.date(),
  finishedAt: z.date().nullable(),
  trigger: z.enum(RETENTION_TRIGGERS),
  counts: retentionCountsSchema,
  /** Why the run stopped early; what it had done by then stays done. */
  error: z.string().nullable(),
});
export type RetentionRun = z.infer<typeof retentionRunSchema>;

/** What `retention.runNow` answers: the run's counts, or that another run (another instance's) is under way. */
export const retentionRunNowResultSchema = z.discriminatedUnion("outcome", [
  z.object({ outcome: z.literal("applied"), counts: retentionCountsSchema }),
  z.object({ outcome: z.literal("busy") }),
]);
export type RetentionRunNowResult = z.infer<typeof retentionRunNowResultSchema>;
