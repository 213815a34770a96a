import { z } from "zod";
import { identityKindSchema } from "../identity/identity-kind.ts";
import { identityFactCheckSchema } from "./identity-answers.ts";
import { matchEvidenceSchema } from "../matching/match-evidence.ts";

export const MERGE_REASON_CODES = [
  "shared-event",
  "agent-decision",
  "forum-email",
  "likeness",
  "identity-answers",
  "identity-code",
] as const;
export const mergeReasonCodeSchema = z
  .enum(MERGE_REASON_CODES)
  .describe(
    "shared-event: one inbound item carried identifiers of several customers; agent-decision: a person judged it; forum-email: a forum reported a customer's e-mail address for its account; likeness: names, dates, addresses and what they wrote make two customers look like one person; identity-answers: asked before a merge by hand, the customer's answers matched (or not) what the records hold; identity-code: a code mailed to one customer's address on file was read back by the person",
  );
export type MergeReasonCode = z.infer<typeof mergeReasonCodeSchema>;

export const identityRefSchema = z.object({
  kind: identityKindSchema,
  value: z.string().min(1).describe("Normalized value of the identifier"),
});
export type IdentityRef = z.infer<typeof identityRefSchema>;

const customerIdsSchema = z.array(z.string().min(1)).describe("The customers the evidence connects, sorted");

/**
 * One piece of evidence that two or more customers are the same person; stored in
 * merge_suggestions.reasons and merges.evidence. Facts only: the console words them in its own
 * language (rows written before this carried an English `detail`, which parsing drops).
 */
export const mergeReasonSchema = z.discriminatedUnion("code", [
  z.object({
    code: z.literal("shared-event"),
    identities: z.array(identityRefSchema).min(1).describe("The identifiers the one inbound item carried"),
    customerIds: customerIdsSchema,
  }),
  z.object({ code: z.literal("agent-decision"), customerIds: customerIdsSchema }),
  z.object({
    code: z.literal("forum-email"),
    forum: identityRefSchema.describe("The forum account (site:user id)"),
    email: z.string().min(1).describe("The normalized address the forum holds for that account"),
    verified: z
      .boolean()
      .describe("The forum confirmed the address (merged automatically); otherwise only suggested"),
    customerIds: customerIdsSchema,
  }),
  z.object({
    code: z.literal("likeness"),
    score: z.number().min(0).max(1).describe("How sure the matcher is that they are one person"),
    evidence: z.array(matchEvidenceSchema).min(1).describe("Every piece of evidence, strongest first"),
    customerIds: customerIdsSchema,
  }),
  z.object({
    code: z.literal("identity-answers"),
    checks: z
      .array(identityFactCheckSchema)
      .min(1)
      .describe("Each fact the customer was asked, compared with the records; never the values"),
    customerIds: customerIdsSchema,
  }),
  z.object({
    code: z.literal("identity-code"),
    channel: z.literal("email").describe("How the code reached the customer"),
    sentTo: z.string().min(1).describe("The masked address on file the code was mailed to"),
    customerIds: customerIdsSchema,
  }),
]);
export type MergeReason = z.infer<typeof mergeReasonSchema>;

/** Stored reasons as far as they are understood: a row that does not parse is left out, not fatal. */
export function parseMergeReasons(stored: unknown): MergeReason[] {
  if (!Array.isArray(stored)) return [];
  return stored.flatMap((entry) => {
    const parsed = mergeReasonSchema.safeParse(entry);
    return parsed.success ? [parsed.data] : [];
  });
}

export const mergeSuggestionSchema = z.object({
  customerIds: z
    .array(z.string().min(1))
    .min(2)
    .describe("The customers that are probably one person, sorted"),
  reasons: z.array(mergeReasonSchema).min(1).describe("Why, one reason per pair of customers"),
});
export type MergeSuggestion = z.infer<typeof mergeSuggestionSchema>;
