import type { CustomerExportSummary } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { customerRecordIds } from "../audit/audit-where.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";

const SHOWN = 20;

/** The person's latest exports (of any of their records), newest first: who, when, how far, until when. */
export async function listExports(
  db: Kysely<Database>,
  customerId: string,
): Promise<CustomerExportSummary[]> {
  const liveId = await resolveLiveCustomerId(db, customerId);
  const rows = await db
    .selectFrom("customer_exports as x")
    .leftJoin("users as u", "u.id", "x.requested_by")
    .select([
      "x.id",
      "x.status",
      "x.language",
      "x.created_at",
      "x.finished_at",
      "x.expires_at",
      "x.progress_done",
      "x.progress_total",
      "x.result_bytes",
      "x.error",
      "u.display_name as requested_by_name",
    ])
    .where("x.customer_id", "in", await customerRecordIds(db, liveId))
    .orderBy("x.created_at", "desc")
    .limit(SHOWN)
    .execute();
  return rows.map((row) => ({
    id: row.id,
    status: row.status,
    language: row.language,
    requestedBy: row.requested_by_name,
    requestedAt: row.created_at.toISOString(),
    finishedAt: row.finished_at?.toISOString() ?? null,
    expiresAt: row.status === "done" ? (row.expires_at?.toISOString() ?? null) : null,
    progress: { done: row.progress_done, total: row.progress_total },
    bytes: row.status === "done" ? row.result_bytes : null,
    error: row.error,
  }));
}
