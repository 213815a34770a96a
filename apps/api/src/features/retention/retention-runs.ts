import {
  NO_RETENTION_COUNTS,
  retentionCountsSchema,
  type RetentionCounts,
  type RetentionRun,
} from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** Long enough for a batch on a busy database; each batch renews it. */
export const RETENTION_LEASE_MS = 10 * 60_000;

/**
 * Starts a run unless another one, on any instance, is under way: the unique index on unfinished
 * runs lets one insert through and turns the others into "busy". A run whose lease ran out belongs
 * to an instance that died; it is closed first so the rules are applied again.
 */
export async function claimRetentionRun(
  db: Kysely<Database>,
  props: { trigger: RetentionRun["trigger"]; startedBy: string | null; now: Date },
): Promise<string | null> {
  await db
    .updateTable("retention_runs")
    .set({ finished_at: props.now, error: "abandoned: its instance stopped before finishing" })
    .where("finished_at", "is", null)
    .where("lease_until", "<", props.now)
    .execute();
  const claimed = await db
    .insertInto("retention_runs")
    .values({
      trigger: props.trigger,
      started_by: props.startedBy,
      started_at: props.now,
      lease_until: new Date(props.now.getTime() + RETENTION_LEASE_MS),
      counts: JSON.stringify(NO_RETENTION_COUNTS),
    })
    // The only unique key that can clash is the one unfinished run (ids are generated).
    .onConflict((conflict) => conflict.doNothing())
    .returning("id")
    .executeTakeFirst();
  return claimed?.id ?? null;
}

/** After each batch: the counts so far, and the lease kept alive. */
export async function recordRetentionProgress(
  db: Kysely<Database>,
  runId: string,
  props: { counts: RetentionCounts; now: Date },
): Promise<void> {
  await db
    .updateTable("retention_runs")
    .set({
      counts: JSON.stringify(props.counts),
      lease_until: new Date(props.now.getTime() + RETENTION_LEASE_MS),
    })
    .where("id", "=", runId)
    .execute();
}

export async function finishRetentionRun(
  db: Kysely<Database>,
  runId: string,
  props: { counts: RetentionCounts; error: string | null; now: Date },
): Promise<void> {
  await db
    .updateTable("retention_runs")
    .set({ counts: JSON.stringify(props.counts), finished_at: props.now, error: props.error })
    .where("id", "=", runId)
    .execute();
}

/** The newest finished run, for the admin screen; null before the first. */
export async function lastRetentionRun(db: Kysely<Database>): Promise<RetentionRun | null> {
  const row = await db
    .selectFrom("retention_runs")
    .select(["started_at", "finished_at", "trigger", "counts", "error"])
    .where("finished_at", "is not", null)
    .orderBy("started_at", "desc")
    .limit(1)
    .executeTakeFirst();
  if (!row) return null;
  const counts = retentionCountsSchema.safeParse(row.counts);
  return {
    startedAt: row.started_at,
    finishedAt: row.finished_at,
    trigger: row.trigger,
    counts: counts.success ? counts.data : NO_RETENTION_COUNTS,
    error: row.error,
  };
}
