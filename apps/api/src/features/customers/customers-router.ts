import { customerGetInputSchema, customerJourneyInputSchema, customerSearchInputSchema } from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { serviceSettingsFor } from "../settings/service-settings-store.ts";
import { getJourney } from "../journey/get-journey.ts";
import { getCustomer } from "./get-customer.ts";
import { searchCustomers } from "./search-customers.ts";

export const customersRouter = router({
  search: procedureWith("customer.search")
    .input(customerSearchInputSchema)
    .query(({ ctx, input }) =>
      searchCustomers(ctx.services.database.db, {
        ...acting(ctx),
        audit: ctx.services.readAudit,
        query: input.query,
        limit: input.limit,
        defaultCountry: ctx.services.defaultCountry,
      }),
    ),
  get: procedureWith("customer.read")
    .input(customerGetInputSchema)
    .query(async ({ ctx, input }) =>
      getCustomer(ctx.services.database.db, {
        ...acting(ctx),
        customerId: input.customerId,
        service: await serviceSettingsFor(ctx),
        audit: ctx.services.readAudit,
      }),
    ),
  // The same reach as the 360: whoever may open the customer may see their history drawn.
  journey: procedureWith("customer.read")
    .input(customerJourneyInputSchema)
    .query(async ({ ctx, input }) =>
      getJourney(ctx.services.database.db, {
        ...acting(ctx),
        service: await serviceSettingsFor(ctx),
        audit: ctx.services.readAudit,
        customerId: input.customerId,
        from: input.from,
        to: input.to,
      }),
    ),
});
