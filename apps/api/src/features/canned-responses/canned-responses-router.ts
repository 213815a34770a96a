import {
  cannedResponseCreateInputSchema,
  cannedResponseDeleteInputSchema,
  cannedResponseListInputSchema,
  cannedResponseUpdateInputSchema,
} from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { createCannedResponse } from "./create-canned-response.ts";
import { deleteCannedResponse } from "./delete-canned-response.ts";
import { listCannedResponses } from "./list-canned-responses.ts";
import { updateCannedResponse } from "./update-canned-response.ts";

export const cannedResponsesRouter = router({
  list: procedureWith("cannedResponse.use")
    .input(cannedResponseListInputSchema)
    .query(({ ctx, input }) => listCannedResponses(ctx.services.database.db, { caller: ctx.caller, input })),
  create: procedureWith("cannedResponse.manage")
    .input(cannedResponseCreateInputSchema)
    .mutation(({ ctx, input }) => createCannedResponse(ctx.services.database.db, { ...acting(ctx), input })),
  update: procedureWith("cannedResponse.manage")
    .input(cannedResponseUpdateInputSchema)
    .mutation(({ ctx, input }) => updateCannedResponse(ctx.services.database.db, { ...acting(ctx), input })),
  delete: procedureWith("cannedResponse.manage")
    .input(cannedResponseDeleteInputSchema)
    .mutation(({ ctx, input }) =>
      deleteCannedResponse(ctx.services.database.db, { ...acting(ctx), id: input.id }),
    ),
});
