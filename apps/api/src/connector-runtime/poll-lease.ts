import { sql, type Kysely } from "kysely";
import type { Database } from "../db/schema.ts";

/** A poller holds a connector this long past its last renewal; an instance that dies frees it then. */
export const POLL_LEASE_MS = 2 * 60_000;

/**
 * Takes or renews the right to poll (and IDLE-watch) a connector, so one API instance of many talks
 * to a mailbox at a time. True when this instance holds it now.
 */
export async function holdPollLease(
  db: Kysely<Database>,
  connectorId: string,
  owner: string,
  now: Date,
): Promise<boolean> {
  const { rows } = await sql<{ id: string }>`
    update connectors set poll_lease_owner = ${owner}, poll_lease_until = ${new Date(now.getTime() + POLL_LEASE_MS)}
    where id = ${connectorId}
      and (poll_lease_owner is null or poll_lease_owner = ${owner} or poll_lease_until < ${now})
    returning id
  `.execute(db);
  return rows.length > 0;
}

export async function releasePollLeases(db: Kysely<Database>, owner: string): Promise<void> {
  await db
    .updateTable("connectors")
    .set({ poll_lease_owner: null, poll_lease_until: null })
    .where("poll_lease_owner", "=", owner)
    .execute();
}
