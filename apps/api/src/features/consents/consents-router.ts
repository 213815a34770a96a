import { consentListInputSchema, consentRecordInputSchema } from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { listConsents } from "./list-consents.ts";
import { recordConsent } from "./record-consent.ts";

export const consentsRouter = router({
  // Part of the 360: whoever may open the customer sees what they allow, before writing to them.
  list: procedureWith("customer.read")
    .input(consentListInputSchema)
    .query(({ ctx, input }) =>
      listConsents(ctx.services.database.db, {
        ...acting(ctx),
        audit: ctx.services.readAudit,
        customerId: input.customerId,
      }),
    ),
  record: procedureWith("consent.record")
    .input(consentRecordInputSchema)
    .mutation(({ ctx, input }) => recordConsent(ctx.services.database.db, { ...acting(ctx), input })),
});
