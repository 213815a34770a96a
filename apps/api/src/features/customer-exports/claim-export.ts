import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/** How long an instance owns a running export without a sign of life; progress renews it. */
export const EXPORT_LEASE_MS = 2 * 60_000;
/** A job whose instance died this often is given up, with the reason, rather than tried forever. */
export const EXPORT_MAX_ATTEMPTS = 3;

export interface ClaimedExport {
  id: string;
  customer_id: string;
  language: "de" | "en";
  time_zone: string;
}

/**
 * The oldest waiting export, or one whose instance stopped renewing its lease (it died), for this
 * instance alone: SKIP LOCKED, so any number of instances claim different jobs.
 */
export async function claimExport(db: Kysely<Database>, now: Date): Promise<ClaimedExport | null> {
  const leaseUntil = new Date(now.getTime() + EXPORT_LEASE_MS);
  const { rows } = await sql<ClaimedExport>`
    update customer_exports set status = 'running', attempts = attempts + 1, lease_until = ${leaseUntil},
      progress_done = 0, error = null
    where id = (
      select id from customer_exports
      where status = 'queued' or (status = 'running' and lease_until < ${now})
      order by created_at
      limit 1
      for update skip locked
    )
    returning id, customer_id, language, time_zone, attempts
  `.execute(db);
  return rows[0] ?? null;
}

/** Running exports whose instance died too often: marked failed, so the console says so. */
export async function giveUpAbandonedExports(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .updateTable("customer_exports")
    .set({
      status: "failed",
      lease_until: null,
      finished_at: now,
      error: `The export stopped ${EXPORT_MAX_ATTEMPTS} times before it finished; start it again or ask an administrator to look at the server's log`,
    })
    .where("status", "=", "running")
    .where("lease_until", "<", now)
    .where("attempts", ">=", EXPORT_MAX_ATTEMPTS)
    .execute();
}

/** A finished export's file holds personal data: dropped when it expires, the record of it stays. */
export async function dropExpiredExports(db: Kysely<Database>, now: Date): Promise<void> {
  await db
    .updateTable("customer_exports")
    .set({ status: "expired", result: null })
    .where("status", "=", "done")
    .where("expires_at", "<=", now)
    .execute();
}
