import type { AuditFilters, AuditScope } from "@emma/core";
import { CUSTOMER_DATA_SUBJECTS } from "@emma/core";
import { sql, type Kysely, type RawBuilder, type SqlBool } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AuditPosition } from "./audit-cursor.ts";

/** The filters with the customer widened to every record merged into it (see customerRecordIds). */
export interface AuditQuery {
  scope: AuditScope;
  filters: AuditFilters;
  /** The filtered customer and every customer merged into it; undefined: no customer filter. */
  customerIds: string[] | undefined;
}

/**
 * The customer and every customer merged into it, directly or through a chain: entries were
 * written for the record that existed then, and a merge does not rewrite the log.
 */
export async function customerRecordIds(db: Kysely<Database>, liveCustomerId: string): Promise<string[]> {
  const { rows } = await sql<{ id: string }>`
    with recursive subtree (id) as (
      select ${liveCustomerId}::uuid
      union
      select c.id from customers c join subtree on c.merged_into = subtree.id
    )
    select id from subtree
  `.execute(db);
  return rows.map((row) => row.id);
}

/**
 * One condition for the list, the export and the access report. core's isInAuditScope in SQL;
 * absent filters are NULL parameters, which PostgreSQL folds away when it plans with the values.
 * A search names no customer of its own but the ids it listed; the predicate of
 * `audit_listed_customers_idx` (migration 0019) is repeated literally so the planner may use it.
 */
export function auditWhere(query: AuditQuery, after: AuditPosition | null): RawBuilder<SqlBool> {
  const { filters, customerIds } = query;
  const scope =
    query.scope === "everything"
      ? sql`true`
      : sql`(a.customer_id is not null or a.subject_type = any(${[...CUSTOMER_DATA_SUBJECTS]}::text[]))`;
  const customer =
    customerIds === undefined
      ? sql`true`
      : sql`(a.customer_id = any(${customerIds}::uuid[])
          or (a.customer_id is null and a.subject_type = 'customer'
            and a.details -> 'customerIds' ?| ${customerIds}::text[]))`;
  return sql<SqlBool>`${scope} and ${customer}
    and (${filters.actorUserId ?? null}::uuid is null or a.actor_user_id = ${filters.actorUserId ?? null}::uuid)
    and (${filters.actions ?? null}::text[] is null or a.action = any(${filters.actions ?? null}::text[]))
    and (${filters.from ?? null}::timestamptz is null or a.at >= ${filters.from ?? null}::timestamptz)
    and (${filters.to ?? null}::timestamptz is null or a.at < ${filters.to ?? null}::timestamptz)
    and (${after?.at ?? null}::timestamptz is null
      or (a.at, a.id) < (${after?.at ?? null}::timestamptz, ${after?.id ?? null}::bigint))`;
}
