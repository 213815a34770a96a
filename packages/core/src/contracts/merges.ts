import { z } from "zod";
import { mergeDifferenceFieldSchema } from "../merge/merge-differences.ts";
import { idSchema } from "./common.ts";

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

export const unmergeInputSchema = z.object({ mergeId: idSchema.describe("The merge to undo") });
export type UnmergeInput = z.infer<typeof unmergeInputSchema>;

export const dismissSuggestionInputSchema = z.object({
  suggestionId: idSchema.describe("The suggestion to dismiss: these are different people"),
});
export type DismissSuggestionInput = z.infer<typeof dismissSuggestionInputSchema>;
