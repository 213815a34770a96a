import {
  confirmIdentityCodeInputSchema,
  dismissSuggestionInputSchema,
  identityCodeCheckSchema,
  identityCodeSentSchema,
  sendIdentityCodeInputSchema,
  identityCheckInputSchema,
  identityCheckResultSchema,
  identityFactsInputSchema,
  identityFactsSchema,
  markDistinctInputSchema,
  namesakesInputSchema,
  namesakesSchema,
  writtenIdentifiers,
  mergeInputSchema,
  mergePreviewInputSchema,
  mergeSuggestionsInputSchema,
  notSamePersonInputSchema,
  openSuggestionsInputSchema,
  openSuggestionsPageSchema,
  unmergeInputSchema,
} from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { checkIdentityAsAgent, identityFacts } from "./check-identity.ts";
import { dismissSuggestion } from "./dismiss-suggestion.ts";
import { identityCodeKeyFrom } from "./identity-code-key.ts";
import { confirmIdentityCode, sendIdentityCode } from "./identity-codes.ts";
import { markDistinct } from "./mark-distinct.ts";
import { namesakesOf } from "../matching/namesakes.ts";
import { listSuggestions } from "./list-suggestions.ts";
import { mergeCustomers } from "./merge-customers.ts";
import { notSamePerson } from "./not-same-person.ts";
import { openSuggestions } from "./open-suggestions.ts";
import { previewMerge } from "./preview-merge.ts";
import { unmergeCustomers } from "./unmerge-customers.ts";
import { latestSweep, startSweep } from "../matching/match-sweeps.ts";

export const mergesRouter = router({
  suggestions: procedureWith("merge.read")
    .input(mergeSuggestionsInputSchema)
    .query(({ ctx, input }) => listSuggestions(ctx.services.database.db, input.customerId)),
  preview: procedureWith("merge.perform")
    .input(mergePreviewInputSchema)
    .query(({ ctx, input }) => previewMerge(ctx.services.database.db, input)),
  // Same full name, too little to suggest: offered to check by asking the customer, read on demand.
  namesakes: procedureWith("merge.read")
    .input(namesakesInputSchema)
    .output(namesakesSchema)
    .query(({ ctx, input }) =>
      namesakesOf(ctx.services.database.db, input.customerId, {
        extractWritten: writtenIdentifiers,
        defaultCountry: ctx.services.defaultCountry,
        now: ctx.services.now(),
      }),
    ),
  // "Not the same person" for two customers no suggestion joined (a namesake the agent checked).
  markDistinct: procedureWith("merge.perform")
    .input(markDistinctInputSchema)
    .mutation(({ ctx, input }) =>
      markDistinct(ctx.services.database.db, { ...acting(ctx), customerIds: input.customerIds }),
    ),
  // Before a merge: which facts the records hold and where a code can go, to prove who the customer is.
  identityFacts: procedureWith("merge.perform")
    .input(identityFactsInputSchema)
    .output(identityFactsSchema)
    .query(({ ctx, input }) =>
      identityFacts(ctx.services.database.db, input.customerIds, ctx.services.now()),
    ),
  // A one-time code to an address on file, read back by the person on the other channel; limited.
  sendIdentityCode: procedureWith("merge.perform")
    .input(sendIdentityCodeInputSchema)
    .output(identityCodeSentSchema)
    .mutation(async ({ ctx, input }) => {
      const sent = await sendIdentityCode(
        ctx.services.database.db,
        identityCodeKeyFrom(ctx.services.secretKey),
        {
          ...acting(ctx),
          customerIds: input.customerIds,
          identityId: input.identityId,
        },
      );
      // Committed: the mail may go now.
      ctx.services.outbox.wake();
      return sent;
    }),
  confirmIdentityCode: procedureWith("merge.perform")
    .input(confirmIdentityCodeInputSchema)
    .output(identityCodeCheckSchema)
    .mutation(({ ctx, input }) =>
      confirmIdentityCode(ctx.services.database.db, identityCodeKeyFrom(ctx.services.secretKey), {
        ...acting(ctx),
        customerIds: input.customerIds,
        code: input.code,
      }),
    ),
  // The customer's answers against both records, never the values on file; audited and limited.
  checkIdentity: procedureWith("merge.perform")
    .input(identityCheckInputSchema)
    .output(identityCheckResultSchema)
    .mutation(({ ctx, input }) =>
      checkIdentityAsAgent(ctx.services.database.db, {
        ...acting(ctx),
        customerIds: input.customerIds,
        answers: input.answers,
      }),
    ),
  merge: procedureWith("merge.perform")
    .input(mergeInputSchema)
    .mutation(({ ctx, input }) => mergeCustomers(ctx.services.database.db, { ...acting(ctx), input })),
  // Any merger may ask; the command lets them undo their own merges, supervisors any (mayUndoMerge).
  unmerge: procedureWith("merge.perform")
    .input(unmergeInputSchema)
    .mutation(({ ctx, input }) =>
      unmergeCustomers(ctx.services.database.db, { ...acting(ctx), mergeId: input.mergeId }),
    ),
  /** Compares every customer with their possible twins again; refused while a sweep runs. */
  startSweep: procedureWith("merge.review").mutation(async ({ ctx }) => {
    const sweep = await startSweep(ctx.services.database.db, {
      cause: "manual",
      startedBy: ctx.caller.userId,
      now: ctx.services.now(),
    });
    ctx.services.matching.wake();
    return sweep;
  }),
  /** The newest sweep and how far it got; null before the first. */
  sweep: procedureWith("merge.review").query(({ ctx }) => latestSweep(ctx.services.database.db)),
  // The supervisors' list of every open suggestion, surest first.
  openSuggestions: procedureWith("merge.review")
    .input(openSuggestionsInputSchema)
    .output(openSuggestionsPageSchema)
    .query(({ ctx, input }) => openSuggestions(ctx.services.database.db, input)),
  // "Not now": the suggestion closes; stronger evidence later may suggest the pair again.
  dismiss: procedureWith("merge.perform")
    .input(dismissSuggestionInputSchema)
    .mutation(({ ctx, input }) =>
      dismissSuggestion(ctx.services.database.db, { ...acting(ctx), suggestionId: input.suggestionId }),
    ),
  // "Not the same person": remembered in distinct_people, never suggested again. Whoever may act on
  // the banner may say so.
  notSamePerson: procedureWith("merge.perform")
    .input(notSamePersonInputSchema)
    .mutation(({ ctx, input }) =>
      notSamePerson(ctx.services.database.db, { ...acting(ctx), suggestionId: input.suggestionId }),
    ),
});
