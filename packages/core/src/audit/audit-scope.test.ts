import { describe, expect, it } from "vitest";
import { can } from "../auth/permissions.ts";
import { ROLES } from "../auth/roles.ts";
import { auditScopeOf, isInAuditScope } from "./audit-scope.ts";

const customerId = "3f1c9a1e-0000-4000-8000-000000000001";

describe("who reads which part of the audit log", () => {
  it("gives agents nothing, supervisors customer data and admins everything", () => {
    expect(ROLES.map(auditScopeOf)).toEqual([null, "customerData", "everything"]);
  });

  it("agrees with the audit.read permission for every role", () => {
    for (const role of ROLES) expect(auditScopeOf(role) !== null).toBe(can(role, "audit.read"));
  });

  it("shows a supervisor any entry that names a customer, whatever its subject", () => {
    expect(isInAuditScope("customerData", { customerId, subjectType: "timeline_event" })).toBe(true);
    expect(isInAuditScope("customerData", { customerId, subjectType: "merge" })).toBe(true);
  });

  it("shows a supervisor customer searches and conversations of unknown callers", () => {
    expect(isInAuditScope("customerData", { customerId: null, subjectType: "customer" })).toBe(true);
    expect(isInAuditScope("customerData", { customerId: null, subjectType: "conversation" })).toBe(true);
  });

  it("keeps sign-ins, users, teams and connectors from supervisors but not from admins", () => {
    for (const subjectType of ["session", "user", "team", "connector", "kept_file"]) {
      expect(isInAuditScope("customerData", { customerId: null, subjectType })).toBe(false);
      expect(isInAuditScope("everything", { customerId: null, subjectType })).toBe(true);
    }
  });
});
