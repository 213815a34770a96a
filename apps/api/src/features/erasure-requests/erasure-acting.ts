import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import type { Caller } from "../../trpc/context.ts";
import { erasureBlockOf } from "./erasure-block-facts.ts";
import { presentErasureRequest, selectErasureRequests } from "./erasure-request-rows.ts";

/** Who acts, from where, when; the logger for a retention setting that no longer parses. */
export interface ErasureActing {
  caller: Caller;
  ip: string | null;
  now: Date;
  logger: Logger;
}

/** One request as the console shows it, with what holds its customer's erasure back now. */
export async function erasureRequestView(
  db: Kysely<Database> | Transaction<Database>,
  requestId: string,
  acting: Pick<ErasureActing, "now" | "logger">,
) {
  const row = await selectErasureRequests(db).where("r.id", "=", requestId).executeTakeFirstOrThrow();
  return presentErasureRequest(row, await erasureBlockOf(db, row.customer_id, acting));
}
