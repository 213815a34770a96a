import {
  macroApplyInputSchema,
  macroCreateInputSchema,
  macroDeleteInputSchema,
  macroListInputSchema,
  macroUpdateInputSchema,
} from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { applyMacro } from "./apply-macro.ts";
import { createMacro } from "./create-macro.ts";
import { deleteMacro } from "./delete-macro.ts";
import { listMacros } from "./list-macros.ts";
import { updateMacro } from "./update-macro.ts";

/** Macros are kept and used like canned responses: supervisors keep them, agents apply them. */
export const macrosRouter = router({
  list: procedureWith("cannedResponse.use")
    .input(macroListInputSchema)
    .query(({ ctx, input }) => listMacros(ctx.services.database.db, { caller: ctx.caller, input })),
  create: procedureWith("cannedResponse.manage")
    .input(macroCreateInputSchema)
    .mutation(({ ctx, input }) => createMacro(ctx.services.database.db, { ...acting(ctx), input })),
  update: procedureWith("cannedResponse.manage")
    .input(macroUpdateInputSchema)
    .mutation(({ ctx, input }) => updateMacro(ctx.services.database.db, { ...acting(ctx), input })),
  delete: procedureWith("cannedResponse.manage")
    .input(macroDeleteInputSchema)
    .mutation(({ ctx, input }) => deleteMacro(ctx.services.database.db, { ...acting(ctx), id: input.id })),
  // Each step also needs the caller's own permission for it (permissionsForPlan in core).
  // Not "apply": tRPC reserves the names of Function.prototype.
  applyTo: procedureWith("cannedResponse.use")
    .input(macroApplyInputSchema)
    .mutation(async ({ ctx, input }) => {
      const applied = await applyMacro(ctx.services.database.db, { ...acting(ctx), input });
      // Committed: the outbox worker may send the reply now.
      if (applied.outboxId) ctx.services.outbox.wake();
      return applied;
    }),
});
