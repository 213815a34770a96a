import {
  auditListInputSchema,
  auditListResultSchema,
  auditPeopleSchema,
  customerAccessInputSchema,
  customerAccessSchema,
} from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { callerAuditScope } from "./caller-audit-scope.ts";
import { customerAccess } from "./customer-access.ts";
import { listAuditEntries } from "./list-audit-entries.ts";
import { listAuditPeople } from "./list-audit-people.ts";

/** The audit log for supervisors (customer data) and admins (everything); CSV at GET /audit/export. */
export const auditRouter = router({
  list: procedureWith("audit.read")
    .input(auditListInputSchema)
    .output(auditListResultSchema)
    .query(({ ctx, input }) =>
      listAuditEntries(ctx.services.database.db, {
        ...acting(ctx),
        scope: callerAuditScope(ctx.caller),
        input,
        audit: ctx.services.readAudit,
      }),
    ),
  customerAccess: procedureWith("audit.read")
    .input(customerAccessInputSchema)
    .output(customerAccessSchema)
    .query(({ ctx, input }) =>
      customerAccess(ctx.services.database.db, {
        ...acting(ctx),
        scope: callerAuditScope(ctx.caller),
        customerId: input.customerId,
        audit: ctx.services.readAudit,
      }),
    ),
  people: procedureWith("audit.read")
    .output(auditPeopleSchema)
    .query(({ ctx }) => listAuditPeople(ctx.services.database.db)),
});
