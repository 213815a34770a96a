import type { MatchSweep } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { sql, type Kysely, type Selectable } from "kysely";
import type { Database, MatchSweepsTable } from "../../db/schema.ts";

/** Customers queued per statement: the sweep's transaction stays one, its statements stay small. */
const ENQUEUE_BATCH = 10_000;

export class SweepRunningError extends TRPCError {
  constructor(startedAt: Date) {
    super({
      code: "CONFLICT",
      message: `A sweep is already running (started ${startedAt.toISOString()}); wait until it has finished`,
    });
  }
}

/**
 * Queues every live customer for a check, counted as this sweep's (a customer already waiting joins
 * it), and records how many. One transaction: the sweep and its checks appear together, and the
 * unique index on running sweeps lets only one start at a time across instances. Refused while
 * another sweep runs.
 */
export async function startSweep(
  db: Kysely<Database>,
  props: { cause: "import" | "manual"; startedBy: string | null; now: Date },
): Promise<MatchSweep> {
  const running = await runningSweep(db);
  if (running) throw new SweepRunningError(running.started_at);
  try {
    return await db.transaction().execute(async (trx) => {
      const sweep = await trx
        .insertInto("match_sweeps")
        .values({ cause: props.cause, started_by: props.startedBy, started_at: props.now })
        .returning("id")
        .executeTakeFirstOrThrow();
      let total = 0;
      let after = "00000000-0000-0000-0000-000000000000";
      for (;;) {
        const { rows } = await sql<{ last: string | null; queued: number }>`
          with live as (
            select id from customers
            where merged_into is null and erased_at is null and id > ${after}::uuid
            order by id limit ${ENQUEUE_BATCH}
          ), queued as (
            insert into match_checks (customer_id, due_at, sweep_id)
            select id, ${props.now}::timestamptz, ${sweep.id}::uuid from live
            on conflict (customer_id) do update
              set sweep_id = excluded.sweep_id, due_at = least(match_checks.due_at, excluded.due_at)
            returning customer_id
          )
          select (select max(id::text) from live) as last, (select count(*)::int from queued) as queued
        `.execute(trx);
        const batch = rows[0];
        if (!batch?.last) break;
        total += batch.queued;
        after = batch.last;
      }
      const row = await trx
        .updateTable("match_sweeps")
        .set({ total, ...(total === 0 ? { finished_at: props.now } : {}) })
        .where("id", "=", sweep.id)
        .returningAll()
        .executeTakeFirstOrThrow();
      return sweepOf(row);
    });
  } catch (error) {
    // Another instance started one between the look and the insert: the unique index said no.
    const other = await runningSweep(db);
    if (other) throw new SweepRunningError(other.started_at);
    throw error;
  }
}

async function runningSweep(db: Kysely<Database>) {
  return db
    .selectFrom("match_sweeps")
    .select("started_at")
    .where("finished_at", "is", null)
    .executeTakeFirst();
}

/** The newest sweep and how far it got; null before the first. */
export async function latestSweep(db: Kysely<Database>): Promise<MatchSweep | null> {
  const row = await db
    .selectFrom("match_sweeps")
    .selectAll()
    .orderBy("started_at", "desc")
    .limit(1)
    .executeTakeFirst();
  return row ? sweepOf(row) : null;
}

function sweepOf(row: Selectable<MatchSweepsTable>): MatchSweep {
  return {
    id: row.id,
    cause: row.cause,
    startedAt: row.started_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    total: row.total,
    done: row.done,
    suggested: row.suggested,
  };
}
