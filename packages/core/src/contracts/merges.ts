import { z } from "zod";
import { customerChannelSchema } from "../channel/channel.ts";
import { mergeDifferenceFieldSchema } from "../merge/merge-differences.ts";
import {
  anyAnswer,
  identityAnswersSchema,
  identityFactCheckSchema,
  identityFactSchema,
} from "../merge/identity-answers.ts";
import { mergeReasonSchema } from "../merge/merge-reason.ts";
import { cursorSchema, idSchema, limitSchema } from "./common.ts";

export const mergeSuggestionsInputSchema = z.object({
  customerId: idSchema
    .optional()
    .describe("Only suggestions that involve this customer; omit for all open ones"),
});
export type MergeSuggestionsInput = z.infer<typeof mergeSuggestionsInputSchema>;

export const mergeInputSchema = z
  .object({
    survivorId: idSchema.describe("The customer that stays"),
    absorbedId: idSchema.describe("The customer merged into the survivor"),
    reason: z
      .string()
      .trim()
      .max(2000)
      .default("")
      .describe("The agent's own words on why; may be empty when a suggestion's evidence says it"),
    suggestionId: idSchema.optional().describe("The suggestion this merge accepts, if any"),
    confirmedDifferences: z
      .array(mergeDifferenceFieldSchema)
      .max(10)
      .default([])
      .describe("The differing fields (from merges.preview) the agent saw and confirmed"),
    identityAnswers: identityAnswersSchema
      .optional()
      .describe("What the customer answered when the agent asked them to prove who they are"),
  })
  .refine((v) => v.survivorId !== v.absorbedId, {
    path: ["absorbedId"],
    message: "A customer cannot be merged into itself",
  })
  .refine((v) => v.suggestionId !== undefined || v.reason.length >= 3, {
    path: ["reason"],
    message: "Say why these are the same person",
  });
export type MergeInput = z.infer<typeof mergeInputSchema>;

export const mergePreviewInputSchema = z.object({
  survivorId: idSchema.describe("The customer that would stay"),
  absorbedId: idSchema.describe("The customer that would be merged into it"),
});
export type MergePreviewInput = z.infer<typeof mergePreviewInputSchema>;

const customerPairSchema = z
  .array(idSchema)
  .length(2)
  .refine(([a, b]) => a !== b, "Two different customers")
  .describe("The two customers that may be one person; the records of both are asked");

export const identityFactsInputSchema = z.object({ customerIds: customerPairSchema });
export type IdentityFactsInput = z.infer<typeof identityFactsInputSchema>;

export const identityFactsSchema = z.object({
  onFile: z
    .array(identityFactSchema)
    .describe("Which facts either customer's records hold, so the console asks only those"),
});
export type IdentityFacts = z.infer<typeof identityFactsSchema>;

export const identityCheckInputSchema = z.object({
  customerIds: customerPairSchema,
  answers: identityAnswersSchema.refine(anyAnswer, "Type at least one of the customer's answers"),
});
export type IdentityCheckInput = z.infer<typeof identityCheckInputSchema>;

export const identityCheckResultSchema = z.object({
  checks: z.array(identityFactCheckSchema).describe("One per answered fact, in the order of IDENTITY_FACTS"),
  confirmed: z.boolean().describe("At least one fact on file matched and none differed"),
});
export type IdentityCheckResult = z.infer<typeof identityCheckResultSchema>;

export const unmergeInputSchema = z.object({ mergeId: idSchema.describe("The merge to undo") });
export type UnmergeInput = z.infer<typeof unmergeInputSchema>;

export const dismissSuggestionInputSchema = z.object({
  suggestionId: idSchema.describe("The suggestion to dismiss: these are different people"),
});
export type DismissSuggestionInput = z.infer<typeof dismissSuggestionInputSchema>;

export const notSamePersonInputSchema = z.object({
  suggestionId: idSchema.describe(
    "The suggestion to close for good: these are two people, never suggest them together again",
  ),
});
export type NotSamePersonInput = z.infer<typeof notSamePersonInputSchema>;

export const openSuggestionsInputSchema = z.object({
  minScore: z.number().min(0).max(1).default(0).describe("Only suggestions at least this sure"),
  cursor: cursorSchema.optional(),
  limit: limitSchema(100, 50),
});
export type OpenSuggestionsInput = z.infer<typeof openSuggestionsInputSchema>;

const suggestedCustomerSchema = z.object({
  id: idSchema.describe("The live customer (the root of its merge chain) today"),
  displayName: z.string(),
  channels: z.array(customerChannelSchema).describe("The channels the customer is known on"),
  customerNumber: z.string().nullable(),
});

/** One open suggestion on the supervisors' list: best score first, older suggestions (no score) last. */
export const openSuggestionSchema = z.object({
  id: idSchema,
  score: z.number().min(0).max(1).nullable().describe("The likeness score; null for older kinds of evidence"),
  customers: z.tuple([suggestedCustomerSchema, suggestedCustomerSchema]),
  reasons: z.array(mergeReasonSchema),
  createdAt: z.iso.datetime(),
});
export type OpenSuggestion = z.infer<typeof openSuggestionSchema>;

export const openSuggestionsPageSchema = z.object({
  items: z.array(openSuggestionSchema),
  nextCursor: cursorSchema.nullable(),
});
export type OpenSuggestionsPage = z.infer<typeof openSuggestionsPageSchema>;

/** A sweep comparing every customer with their possible twins (after an import, or started by hand). */
export const matchSweepSchema = z.object({
  id: idSchema,
  cause: z.enum(["import", "manual"]),
  startedAt: z.iso.datetime(),
  finishedAt: z.iso.datetime().nullable(),
  total: z.number().int().min(0).describe("Customers to check"),
  done: z.number().int().min(0).describe("Customers checked so far"),
  suggested: z.number().int().min(0).describe("Suggestions this sweep made"),
});
export type MatchSweep = z.infer<typeof matchSweepSchema>;

export const namesakesInputSchema = z.object({
  customerId: idSchema.describe("The customer whose namesakes to list"),
});
export type NamesakesInput = z.infer<typeof namesakesInputSchema>;

/**
 * Customers with the same full name as this one and nothing that settles them as two people, too
 * little to suggest (a name is shared by namesakes): offered to check by asking the customer.
 */
export const namesakesSchema = z
  .array(suggestedCustomerSchema)
  .describe("Best-scoring first; at most MAX_NAMESAKES, none a person marked as someone else");
export type Namesakes = z.infer<typeof namesakesSchema>;

export const markDistinctInputSchema = z.object({
  customerIds: customerPairSchema.describe("Two customers a person says are two people"),
});
export type MarkDistinctInput = z.infer<typeof markDistinctInputSchema>;
