import type { AuditEntryView } from "@emma/core";
import type { LiveCustomer } from "./live-customers.ts";

/** An audit_log row with its actor's name, as the page query reads it. */
export interface AuditRow {
  id: string;
  /** `at` at microsecond precision, for the cursor. */
  position: string;
  at: Date;
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  customer_id: string | null;
  details: Record<string, unknown>;
  ip: string | null;
}

const MAX_VALUE_LENGTH = 300;
/** Kept out of the details shown: ids of the customers a search listed mean nothing to a reader. */
const HIDDEN_DETAILS = new Set(["customerIds"]);

export function presentAuditEntry(row: AuditRow, customers: Map<string, LiveCustomer>): AuditEntryView {
  const customer = row.customer_id === null ? undefined : customers.get(row.customer_id);
  return {
    id: row.id,
    at: row.at.toISOString(),
    actor:
      row.actor_user_id === null
        ? null
        : { id: row.actor_user_id, name: row.actor_name ?? row.actor_user_id },
    action: row.action,
    subjectType: row.subject_type,
    subjectId: row.subject_id,
    customer:
      row.customer_id === null || customer === undefined
        ? null
        : { id: customer.id, name: customer.name, recordedId: row.customer_id },
    details: Object.entries(row.details)
      .filter(([key, value]) => !HIDDEN_DETAILS.has(key) && !isEmpty(value))
      .map(([key, value]) => ({ key, value: detailText(value) })),
    ip: row.ip,
  };
}

/** A detail as one line of text: lists joined, anything nested as JSON, long values cut. */
export function detailText(value: unknown): string {
  const text =
    typeof value === "string"
      ? value
      : Array.isArray(value) && value.every((v) => typeof v !== "object" || v === null)
        ? value.map(String).join(", ")
        : JSON.stringify(value);
  return text.length > MAX_VALUE_LENGTH ? `${text.slice(0, MAX_VALUE_LENGTH - 1)}…` : text;
}

/** An empty list or object (e.g. "filters: {}") says nothing; it is left out. */
function isEmpty(value: unknown): boolean {
  if (Array.isArray(value)) return value.length === 0;
  return typeof value === "object" && value !== null && Object.keys(value).length === 0;
}
