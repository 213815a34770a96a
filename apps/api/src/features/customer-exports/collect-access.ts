import type { ExportedAccess } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { AuditPosition } from "../audit/audit-cursor.ts";
import { auditPage } from "../audit/audit-page.ts";

const BATCH = 1000;

/**
 * Who read or changed the person's data, newest first: the audit log's entries about any of their
 * records, searches that listed them included (the same condition as the customer's access report).
 */
export async function collectAccess(db: Kysely<Database>, recordIds: string[]): Promise<ExportedAccess[]> {
  const query = { scope: "everything" as const, filters: {}, customerIds: recordIds };
  const access: ExportedAccess[] = [];
  let after: AuditPosition | null = null;
  for (;;) {
    const rows = await auditPage(db, query, after, BATCH);
    for (const row of rows)
      access.push({
        at: row.at.toISOString(),
        actor: row.actor_name,
        action: row.action,
        subjectType: row.subject_type,
        subjectId: row.subject_id,
      });
    const last = rows.at(-1);
    if (rows.length < BATCH || !last) return access;
    after = { at: last.position, id: last.id };
  }
}
