import type { AuditAction } from "@emma/core";
import type { Insertable, Kysely, Transaction } from "kysely";
import type { AuditLogTable, Database } from "../db/schema.ts";

export interface AuditEntry {
  actorUserId: string | null;
  /** Verb in the past tense on a noun; listed in core so the audit console can filter and word it. */
  action: AuditAction;
  subjectType: string;
  subjectId: string | null;
  customerId?: string | null;
  details?: Record<string, unknown>;
  ip?: string | null;
  at: Date;
}

/** Every read of a customer by a user and every change is written here (DESIGN invariant 5). */
export async function writeAudit(
  db: Kysely<Database> | Transaction<Database>,
  entry: AuditEntry,
): Promise<void> {
  await db.insertInto("audit_log").values(auditRow(entry)).execute();
}

export function auditRow(entry: AuditEntry): Insertable<AuditLogTable> {
  return {
    at: entry.at,
    actor_user_id: entry.actorUserId,
    action: entry.action,
    subject_type: entry.subjectType,
    subject_id: entry.subjectId,
    customer_id: entry.customerId ?? null,
    details: JSON.stringify(entry.details ?? {}),
    ip: entry.ip ?? null,
  };
}
