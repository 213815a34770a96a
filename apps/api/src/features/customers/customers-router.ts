import { customerGetInputSchema, customerSearchInputSchema } from "@emma/core";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { getCustomer } from "./get-customer.ts";
import { searchCustomers } from "./search-customers.ts";

export const customersRouter = router({
  search: procedureWith("customer.search")
    .input(customerSearchInputSchema)
    .query(({ ctx, input }) =>
      searchCustomers(ctx.services.database.db, {
        caller: ctx.caller,
        audit: ctx.services.readAudit,
        query: input.query,
        limit: input.limit,
        defaultCountry: ctx.services.defaultCountry,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
  get: procedureWith("customer.read")
    .input(customerGetInputSchema)
    .query(({ ctx, input }) =>
      getCustomer(ctx.services.database.db, {
        caller: ctx.caller,
        customerId: input.customerId,
        ip: ctx.ip,
        now: ctx.services.now(),
        audit: ctx.services.readAudit,
      }),
    ),
});
