import { customerExportListInputSchema, customerExportStartInputSchema } from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { listExports } from "./list-exports.ts";
import { startExport } from "./start-export.ts";

export const customerExportsRouter = router({
  start: procedureWith("customer.export")
    .input(customerExportStartInputSchema)
    .mutation(async ({ ctx, input }) => {
      const started = await startExport(ctx.services.database.db, { ...acting(ctx), input });
      ctx.services.exports.wake();
      return started;
    }),
  list: procedureWith("customer.export")
    .input(customerExportListInputSchema)
    .query(({ ctx, input }) => listExports(ctx.services.database.db, input.customerId)),
});
