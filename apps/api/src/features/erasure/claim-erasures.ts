import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * A claimed erasure is someone else's to take up only after this long, far longer than an erasure
 * takes; an instance that died mid-run leaves it `running` with an expired lease, taken up again.
 */
export const ERASURE_LEASE_MS = 15 * 60_000;

export interface ClaimedErasure {
  id: string;
  customerId: string;
  /** Including the attempt being made now. */
  attempts: number;
}

/**
 * Takes due erasures (approved, or failed and due for another try, or running with an expired lease)
 * and marks them `running` with this instance's lease, committed before any erasing: another
 * instance skips them while the claim runs (SKIP LOCKED) and finds them leased after. A customer
 * under an active legal hold is not taken: the request waits, approved, until the hold is lifted.
 */
export async function claimErasures(
  db: Kysely<Database>,
  props: { now: Date; limit: number },
): Promise<ClaimedErasure[]> {
  const { rows } = await sql<{ id: string; customer_id: string; attempts: number }>`
    update erasure_requests
    set status = 'running', attempts = attempts + 1,
        lease_until = ${new Date(props.now.getTime() + ERASURE_LEASE_MS)}
    where id in (
      select r.id from erasure_requests r
      where ((r.status in ('approved', 'failed') and r.run_after <= ${props.now})
          or (r.status = 'running' and r.lease_until < ${props.now}))
        and not exists (select 1 from legal_holds h where h.customer_id = r.customer_id and h.lifted_at is null)
      order by r.run_after
      limit ${props.limit}
      for update skip locked
    )
    returning id, customer_id, attempts
  `.execute(db);
  return rows.map((row) => ({ id: row.id, customerId: row.customer_id, attempts: row.attempts }));
}
