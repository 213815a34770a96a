import { OPEN_ERASURE_STATUSES, type ErasureStatus } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import { erasureBlockOf, erasureBlocks } from "./erasure-block-facts.ts";
import { presentErasureRequest, selectErasureRequests } from "./erasure-request-rows.ts";

/** The most requests one page lists; the open ones always come first. */
const LIST_LIMIT = 200;

/** The admin's queue and the supervisors' view: open requests first (oldest first), then the history. */
export async function listErasures(
  db: Kysely<Database>,
  props: { status: ErasureStatus | undefined; now: Date; logger: Logger },
) {
  let query = selectErasureRequests(db);
  if (props.status) query = query.where("r.status", "=", props.status);
  const isOpen = sql<boolean>`r.status in (${sql.join(OPEN_ERASURE_STATUSES)})`;
  const rows = await query
    .orderBy(isOpen, "desc")
    // Open ones oldest first, as a queue; closed ones newest first, as a history.
    .orderBy(sql`case when ${isOpen} then r.requested_at end`, "asc")
    .orderBy("r.requested_at", "desc")
    .limit(LIST_LIMIT)
    .execute();
  const blocks = await erasureBlocks(
    db,
    rows.map((row) => row.customer_id),
    props,
  );
  return rows.map((row) => presentErasureRequest(row, blocks.get(row.customer_id) ?? { kind: "free" }));
}

/** For the 360: the open request (else the latest one), and what would hold an erasure back now. */
export async function erasureForCustomer(
  db: Kysely<Database>,
  props: { customerId: string; now: Date; logger: Logger },
) {
  const customer = await db
    .selectFrom("customers")
    .select(["id", "erased_at"])
    .where("id", "=", props.customerId)
    .executeTakeFirst();
  if (!customer) return { current: null, block: { kind: "free" as const }, erased: false };
  const block = await erasureBlockOf(db, customer.id, props);
  const row = await selectErasureRequests(db)
    .where("r.customer_id", "=", customer.id)
    .orderBy((eb) => eb("r.status", "in", OPEN_ERASURE_STATUSES), "desc")
    .orderBy("r.requested_at", "desc")
    .executeTakeFirst();
  return {
    current: row ? presentErasureRequest(row, block) : null,
    block,
    erased: customer.erased_at !== null,
  };
}
