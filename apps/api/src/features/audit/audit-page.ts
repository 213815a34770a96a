import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AuditPosition } from "./audit-cursor.ts";
import type { AuditRow } from "./audit-presenter.ts";
import { auditWhere, type AuditQuery } from "./audit-where.ts";

/**
 * Up to `limit` entries after `after`, newest first, each with its actor's name. Ordered by
 * (at, id) over `audit_at_idx`, or the customer, actor or action index when that filter is set,
 * and stopped after `limit` rows: a page deep in the log costs the same as the first.
 */
export async function auditPage(
  db: Kysely<Database>,
  query: AuditQuery,
  after: AuditPosition | null,
  limit: number,
): Promise<AuditRow[]> {
  const { rows } = await sql<AuditRow>`
    select a.id::text as id,
      to_char(a.at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"') as position,
      a.at, a.actor_user_id, u.display_name as actor_name, a.action, a.subject_type, a.subject_id,
      a.customer_id, a.details, a.ip
    from audit_log a
    left join users u on u.id = a.actor_user_id
    where ${auditWhere(query, after)}
    order by a.at desc, a.id desc
    limit ${limit}
  `.execute(db);
  return rows;
}
