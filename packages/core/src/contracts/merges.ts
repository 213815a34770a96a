import { z } from "zod";
import { customerChannelSchema } from "../channel/channel.ts";
import { mergeDifferenceFieldSchema } from "../merge/merge-differences.ts";
import {
  anyAnswer,
  identityAnswersSchema,
  identityFactCheckSchema,
  identityFactSchema,
} from "../merge/identity-answers.ts";
import { codeOfAnswer, identityCodeResultSchema, IDENTITY_CODE_ATTEMPTS } from "../merge/identity-code.ts";
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
    identityCodeId: idSchema
      .optional()
      .describe(
        "A code mailed to one of the two customers and read back correctly (merges.confirmIdentityCode)",
      ),
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

export const identityCodeTargetSchema = z.object({
  identityId: idSchema.describe("The e-mail address on file the code would go to"),
  customerId: idSchema.describe("Whose address it is"),
  address: z.string().describe("The address masked (an•••@example.de): told apart, not read out"),
});
export type IdentityCodeTarget = z.infer<typeof identityCodeTargetSchema>;

export const identityCodeSentSchema = z.object({
  id: idSchema,
  sentTo: z.string().describe("The masked address the code went to"),
  sentAt: z.iso.datetime(),
  expiresAt: z.iso.datetime(),
  attemptsLeft: z.number().int().min(0).max(IDENTITY_CODE_ATTEMPTS),
  confirmed: z.boolean().describe("Read back correctly; a merge may carry it for an hour"),
  delivery: z
    .enum(["queued", "sending", "sent", "failed"])
    .describe("How far the mail got, as its outbox entry says"),
  deliveryError: z.string().nullable().describe("Why the mail has not gone out yet, in the provider's words"),
});
export type IdentityCodeSent = z.infer<typeof identityCodeSentSchema>;

export const identityFactsSchema = z.object({
  onFile: z
    .array(identityFactSchema)
    .describe("Which facts either customer's records hold, so the console asks only those"),
  codeTargets: z
    .array(identityCodeTargetSchema)
    .describe("E-mail addresses on file a code can be mailed to (a mailbox that sends is set up)"),
  noMailbox: z
    .boolean()
    .describe("An address is on file, but no e-mail connection can send: an admin must set one up"),
  latestCode: identityCodeSentSchema
    .nullable()
    .describe("The newest code mailed for these two customers that can still be read back or carry a merge"),
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

export const sendIdentityCodeInputSchema = z.object({
  customerIds: customerPairSchema,
  identityId: idSchema.describe("Which address on file (identityFacts.codeTargets) the code goes to"),
});
export type SendIdentityCodeInput = z.infer<typeof sendIdentityCodeInputSchema>;

export const confirmIdentityCodeInputSchema = z.object({
  customerIds: customerPairSchema,
  code: z
    .string()
    .trim()
    .max(20)
    .refine((code) => codeOfAnswer(code) !== null, "The code has six digits")
    .describe("The code the customer read back"),
});
export type ConfirmIdentityCodeInput = z.infer<typeof confirmIdentityCodeInputSchema>;

export const identityCodeCheckSchema = z.object({
  result: identityCodeResultSchema,
  attemptsLeft: z.number().int().min(0).max(IDENTITY_CODE_ATTEMPTS),
  codeId: idSchema.nullable().describe("The confirmed code, to pass to merges.merge; null unless same"),
});
export type IdentityCodeCheck = z.infer<typeof identityCodeCheckSchema>;

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
