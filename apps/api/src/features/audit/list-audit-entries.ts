import type { AuditListInput, AuditListResult, AuditScope } from "@emma/core";
import type { Kysely } from "kysely";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import { decodeAuditCursor, encodeAuditCursor } from "./audit-cursor.ts";
import { auditPage } from "./audit-page.ts";
import { presentAuditEntry } from "./audit-presenter.ts";
import { customerRecordIds, type AuditQuery } from "./audit-where.ts";
import { liveCustomersOf } from "./live-customers.ts";

interface ListAuditProps {
  caller: Caller;
  scope: AuditScope;
  input: AuditListInput;
  audit: ReadAuditLog;
  ip: string | null;
  now: Date;
}

/** The filters as a query: a customer stands for every record merged into it. */
export async function auditQueryOf(
  db: Kysely<Database>,
  scope: AuditScope,
  filters: AuditListInput["filters"],
): Promise<AuditQuery & { liveCustomerId: string | null }> {
  if (!filters.customerId) return { scope, filters, customerIds: undefined, liveCustomerId: null };
  const liveCustomerId = await resolveLiveCustomerId(db, filters.customerId);
  return { scope, filters, customerIds: await customerRecordIds(db, liveCustomerId), liveCustomerId };
}

/**
 * A page of the audit log in the caller's scope, newest first. Reading it shows who handled which
 * customer, itself customer data: a page that names customers is audited as "audit.viewed".
 */
export async function listAuditEntries(
  db: Kysely<Database>,
  props: ListAuditProps,
): Promise<AuditListResult> {
  const { input } = props;
  const query = await auditQueryOf(db, props.scope, input.filters);
  const after = input.cursor ? decodeAuditCursor(input.cursor) : null;
  const rows = await auditPage(db, query, after, input.limit + 1);
  const page = rows.slice(0, input.limit);
  const customers = await liveCustomersOf(
    db,
    page.flatMap((row) => (row.customer_id === null ? [] : [row.customer_id])),
  );
  const entries = page.map((row) => presentAuditEntry(row, customers));
  // Like a search, the entry lists the customers it showed (the filtered one too, even on an empty
  // page): each of them finds it in their access report.
  const shown = new Set(entries.flatMap((entry) => (entry.customer ? [entry.customer.id] : [])));
  if (query.liveCustomerId !== null) shown.add(query.liveCustomerId);
  if (shown.size > 0) {
    props.audit.record({
      actorUserId: props.caller.userId,
      action: "audit.viewed",
      subjectType: "customer",
      subjectId: query.liveCustomerId,
      ip: props.ip,
      at: props.now,
      details: { procedure: "audit.list", page: after ? "next" : "first", customerIds: [...shown] },
    });
  }
  const last = page.at(-1);
  return {
    entries,
    nextCursor:
      rows.length > input.limit && last ? encodeAuditCursor({ at: last.position, id: last.id }) : null,
  };
}
