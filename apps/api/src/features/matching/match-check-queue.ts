import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";

/** How long an instance owns a claimed check; a check takes milliseconds, a batch seconds. */
export const MATCH_LEASE_MS = 60_000;
/** A check that failed this often is given up (logged), so a sweep still finishes. */
export const MATCH_MAX_ATTEMPTS = 8;

export interface ClaimedCheck {
  customerId: string;
  sweepId: string | null;
  /** The due time the claim set (its lease's end): a different one at the end means "check again". */
  dueAt: Date;
  attempts: number;
}

/**
 * Due checks for this instance alone: SKIP LOCKED, and leased (due again when the lease ends, should
 * this instance die), so any number of instances claim disjoint customers.
 */
export async function claimMatchChecks(
  db: Kysely<Database> | Transaction<Database>,
  props: { owner: string; now: Date; limit: number },
): Promise<ClaimedCheck[]> {
  const leaseUntil = new Date(props.now.getTime() + MATCH_LEASE_MS);
  const { rows } = await sql<{ customer_id: string; sweep_id: string | null; attempts: number }>`
    update match_checks set lease_owner = ${props.owner}, lease_until = ${leaseUntil}, due_at = ${leaseUntil}
    where customer_id in (
      select customer_id from match_checks
      where due_at <= ${props.now} and (lease_until is null or lease_until < ${props.now})
      order by due_at
      limit ${props.limit}
      for update skip locked
    )
    returning customer_id, sweep_id, attempts
  `.execute(db);
  return rows.map((row) => ({
    customerId: row.customer_id,
    sweepId: row.sweep_id,
    dueAt: leaseUntil,
    attempts: row.attempts,
  }));
}

/**
 * The check is done: its row goes and its sweep counts it, in the check's own transaction. If the
 * customer was asked for again while it ran (a new message), the row stays, due now, released.
 */
export async function finishMatchCheck(
  trx: Transaction<Database>,
  check: ClaimedCheck,
  props: { owner: string; suggested: number; now: Date },
): Promise<void> {
  const deleted = await trx
    .deleteFrom("match_checks")
    .where("customer_id", "=", check.customerId)
    .where("lease_owner", "=", props.owner)
    .where("due_at", "=", check.dueAt)
    .returning("sweep_id")
    .executeTakeFirst();
  if (!deleted) {
    await trx
      .updateTable("match_checks")
      .set({ lease_owner: null, lease_until: null })
      .where("customer_id", "=", check.customerId)
      .where("lease_owner", "=", props.owner)
      .execute();
    return;
  }
  if (deleted.sweep_id !== null) await countSweepProgress(trx, deleted.sweep_id, props);
}

/**
 * One more customer of the sweep checked. The row lock of the sweep's UPDATE orders concurrent
 * finishers; the next statement then sees every check they removed, so the last one sets finished_at.
 */
async function countSweepProgress(
  trx: Transaction<Database> | Kysely<Database>,
  sweepId: string,
  props: { suggested: number; now: Date },
): Promise<void> {
  await sql`
    update match_sweeps set done = done + 1, suggested = suggested + ${props.suggested} where id = ${sweepId}
  `.execute(trx);
  await finishEmptySweeps(trx, props.now, sweepId);
}

/** Sweeps with no checks left are finished (also one whose last customers were erased meanwhile). */
export async function finishEmptySweeps(
  db: Transaction<Database> | Kysely<Database>,
  now: Date,
  sweepId?: string,
): Promise<void> {
  await sql`
    update match_sweeps s set finished_at = ${now}
    where s.finished_at is null ${sweepId === undefined ? sql`` : sql`and s.id = ${sweepId}`}
      and not exists (select 1 from match_checks c where c.sweep_id = s.id)
  `.execute(db);
}

/**
 * A check failed: tried again later, each time later (30 s, 1 min, 2 min … at most an hour). After
 * MATCH_MAX_ATTEMPTS it is given up so its sweep finishes; returns true then.
 */
export async function failMatchCheck(
  db: Kysely<Database>,
  check: ClaimedCheck,
  props: { owner: string; error: string; now: Date },
): Promise<boolean> {
  const attempts = check.attempts + 1;
  if (attempts >= MATCH_MAX_ATTEMPTS) {
    await db.transaction().execute(async (trx) => {
      const deleted = await trx
        .deleteFrom("match_checks")
        .where("customer_id", "=", check.customerId)
        .where("lease_owner", "=", props.owner)
        .returning("sweep_id")
        .executeTakeFirst();
      if (deleted?.sweep_id)
        await countSweepProgress(trx, deleted.sweep_id, { suggested: 0, now: props.now });
    });
    return true;
  }
  const delayMs = Math.min(30_000 * 2 ** (attempts - 1), 60 * 60_000);
  await db
    .updateTable("match_checks")
    .set({
      attempts,
      last_error: props.error.slice(0, 2000),
      lease_owner: null,
      lease_until: null,
      due_at: new Date(props.now.getTime() + delayMs),
    })
    .where("customer_id", "=", check.customerId)
    .where("lease_owner", "=", props.owner)
    .execute();
  return false;
}
