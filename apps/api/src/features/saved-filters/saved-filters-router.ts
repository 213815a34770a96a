import { savedFilterDeleteInputSchema, savedFilterSaveInputSchema } from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { deleteSavedFilter } from "./delete-saved-filter.ts";
import { listSavedFilters } from "./list-saved-filters.ts";
import { saveSavedFilter } from "./save-saved-filter.ts";

/** Queue views each user keeps for themselves; whoever may read queues may keep views of them. */
export const savedFiltersRouter = router({
  list: procedureWith("conversation.read").query(({ ctx }) =>
    listSavedFilters(ctx.services.database.db, ctx.caller),
  ),
  save: procedureWith("conversation.read")
    .input(savedFilterSaveInputSchema)
    .mutation(({ ctx, input }) => saveSavedFilter(ctx.services.database.db, { ...acting(ctx), input })),
  delete: procedureWith("conversation.read")
    .input(savedFilterDeleteInputSchema)
    .mutation(({ ctx, input }) =>
      deleteSavedFilter(ctx.services.database.db, { ...acting(ctx), id: input.id }),
    ),
});
