import { retentionCutoffs, type RetentionCounts, type RetentionSettings } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { dueAuditEntries, dueConversations, dueRawEvents, dueRecordings } from "./due-rows.ts";

/**
 * What these rules (saved or still on the admin's screen) would change if applied now, per kind:
 * the job's own selections, counted.
 */
export async function previewRetention(
  db: Kysely<Database>,
  settings: RetentionSettings,
  now: Date,
): Promise<RetentionCounts> {
  const { kinds, duties } = retentionCutoffs(settings, now);
  const [rawInboundEvents, resolvedConversations, callRecordings, auditEntries] = await Promise.all([
    kinds.rawInboundEvents
      ? dueRawEvents(db, kinds.rawInboundEvents)
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .executeTakeFirstOrThrow()
      : null,
    kinds.resolvedConversations
      ? dueConversations(db, kinds.resolvedConversations, duties)
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .executeTakeFirstOrThrow()
      : null,
    kinds.callRecordings
      ? dueRecordings(db, kinds.callRecordings)
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .executeTakeFirstOrThrow()
      : null,
    kinds.auditEntries
      ? dueAuditEntries(db, kinds.auditEntries)
          .select((eb) => eb.fn.countAll<string | number>().as("n"))
          .executeTakeFirstOrThrow()
      : null,
  ]);
  const n = (row: { n: string | number } | null) => (row === null ? 0 : Number(row.n));
  return {
    rawInboundEvents: n(rawInboundEvents),
    resolvedConversations: n(resolvedConversations),
    callRecordings: n(callRecordings),
    auditEntries: n(auditEntries),
  };
}
