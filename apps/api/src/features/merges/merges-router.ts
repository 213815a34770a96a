import {
  dismissSuggestionInputSchema,
  mergeInputSchema,
  mergeSuggestionsInputSchema,
  unmergeInputSchema,
} from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { dismissSuggestion } from "./dismiss-suggestion.ts";
import { listSuggestions } from "./list-suggestions.ts";
import { mergeCustomers } from "./merge-customers.ts";
import { unmergeCustomers } from "./unmerge-customers.ts";

export const mergesRouter = router({
  suggestions: procedureWith("merge.read")
    .input(mergeSuggestionsInputSchema)
    .query(({ ctx, input }) => listSuggestions(ctx.services.database.db, input.customerId)),
  merge: procedureWith("merge.perform")
    .input(mergeInputSchema)
    .mutation(({ ctx, input }) => mergeCustomers(ctx.services.database.db, { ...acting(ctx), input })),
  unmerge: procedureWith("merge.undo")
    .input(unmergeInputSchema)
    .mutation(({ ctx, input }) =>
      unmergeCustomers(ctx.services.database.db, { ...acting(ctx), mergeId: input.mergeId }),
    ),
  dismiss: procedureWith("merge.perform")
    .input(dismissSuggestionInputSchema)
    .mutation(({ ctx, input }) =>
      dismissSuggestion(ctx.services.database.db, { ...acting(ctx), suggestionId: input.suggestionId }),
    ),
});
