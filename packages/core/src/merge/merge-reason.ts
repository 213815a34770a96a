import { z } from "zod";
import { identityKindSchema } from "../identity/identity-kind.ts";

export const MERGE_REASON_CODES = ["shared-event", "agent-decision"] as const;
export const mergeReasonCodeSchema = z
  .enum(MERGE_REASON_CODES)
  .describe(
    "shared-event: one inbound item carried identifiers of several customers; agent-decision: a person judged it",
  );
export type MergeReasonCode = z.infer<typeof mergeReasonCodeSchema>;

export const identityRefSchema = z.object({
  kind: identityKindSchema,
  value: z.string().min(1).describe("Normalized value of the identifier"),
});
export type IdentityRef = z.infer<typeof identityRefSchema>;

/** One piece of evidence that two or more customers are the same person; stored in merge_suggestions.reasons. */
export const mergeReasonSchema = z.object({
  code: mergeReasonCodeSchema,
  detail: z.string().min(1).describe("The evidence in words, naming the identifiers and customers"),
  identities: z.array(identityRefSchema).describe("The identifiers the evidence is about"),
  customerIds: z.array(z.string().min(1)).describe("The customers the evidence connects, sorted"),
});
export type MergeReason = z.infer<typeof mergeReasonSchema>;

export const mergeSuggestionSchema = z.object({
  customerIds: z
    .array(z.string().min(1))
    .min(2)
    .describe("The customers that are probably one person, sorted"),
  reasons: z.array(mergeReasonSchema).min(1).describe("Why, one reason per pair of customers"),
});
export type MergeSuggestion = z.infer<typeof mergeSuggestionSchema>;
