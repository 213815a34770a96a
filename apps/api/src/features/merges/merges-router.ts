import {
  dismissSuggestionInputSchema,
  mergeInputSchema,
  mergeSuggestionsInputSchema,
  unmergeInputSchema,
} from "@emma/core";
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
    .mutation(({ ctx, input }) =>
      mergeCustomers(ctx.services.database.db, {
        caller: ctx.caller,
        input,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
  unmerge: procedureWith("merge.undo")
    .input(unmergeInputSchema)
    .mutation(({ ctx, input }) =>
      unmergeCustomers(ctx.services.database.db, {
        caller: ctx.caller,
        mergeId: input.mergeId,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
  dismiss: procedureWith("merge.perform")
    .input(dismissSuggestionInputSchema)
    .mutation(({ ctx, input }) =>
      dismissSuggestion(ctx.services.database.db, {
        caller: ctx.caller,
        suggestionId: input.suggestionId,
        ip: ctx.ip,
        now: ctx.services.now(),
      }),
    ),
});
