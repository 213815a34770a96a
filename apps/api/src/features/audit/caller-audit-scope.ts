import { auditScopeOf, type AuditScope, type Role } from "@emma/core";
import { TRPCError } from "@trpc/server";

/** The caller's part of the log; a role without one is refused (the permission check already is). */
export function callerAuditScope(caller: { role: Role }): AuditScope {
  const scope = auditScopeOf(caller.role);
  if (scope === null)
    throw new TRPCError({
      code: "FORBIDDEN",
      message: `Your role (${caller.role}) may not read the audit log`,
    });
  return scope;
}
