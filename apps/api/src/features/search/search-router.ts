import { searchQueryInputSchema, searchQueryResultSchema } from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { searchQuery } from "./search-query.ts";

export const searchRouter = router({
  query: procedureWith("customer.search")
    .input(searchQueryInputSchema)
    .output(searchQueryResultSchema)
    .query(({ ctx, input }) =>
      searchQuery(ctx.services.database.db, {
        ...acting(ctx),
        input,
        audit: ctx.services.readAudit,
        defaultCountry: ctx.services.defaultCountry,
      }),
    ),
});
