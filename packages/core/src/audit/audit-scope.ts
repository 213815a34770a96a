import type { Role } from "../auth/roles.ts";

/**
 * How much of the audit log a role reads. Supervisors answer for how customers' data is handled,
 * so they read every entry about customer data; sign-ins, user, team and connector changes are the
 * administrators' business.
 */
export type AuditScope = "everything" | "customerData";

/**
 * Subjects that are customer data even when an entry names no customer: a customer search lists
 * several customers (their ids are in the details), a conversation may belong to an unknown caller.
 */
export const CUSTOMER_DATA_SUBJECTS = ["customer", "conversation"] as const;
export type CustomerDataSubject = (typeof CUSTOMER_DATA_SUBJECTS)[number];

/** The part of the audit log `role` may read; null: none of it. */
export function auditScopeOf(role: Role): AuditScope | null {
  switch (role) {
    case "agent":
      return null;
    case "supervisor":
      return "customerData";
    case "admin":
      return "everything";
    default: {
      const unreachable: never = role;
      return unreachable;
    }
  }
}

/** Whether an entry lies in a scope; the API's query states the same rule in SQL. */
export function isInAuditScope(
  scope: AuditScope,
  entry: { customerId: string | null; subjectType: string },
): boolean {
  switch (scope) {
    case "everything":
      return true;
    case "customerData":
      return (
        entry.customerId !== null || (CUSTOMER_DATA_SUBJECTS as readonly string[]).includes(entry.subjectType)
      );
    default: {
      const unreachable: never = scope;
      return unreachable;
    }
  }
}
