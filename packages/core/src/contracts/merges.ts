import { z } from "zod";
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
    reason: z.string().trim().min(3, "Say why these are the same person").max(2000).describe("Why, in words"),
    suggestionId: idSchema.optional().describe("The suggestion this merge accepts, if any"),
  })
  .refine((v) => v.survivorId !== v.absorbedId, {
    path: ["absorbedId"],
    message: "A customer cannot be merged into itself",
  });
export type MergeInput = z.infer<typeof mergeInputSchema>;

export const unmergeInputSchema = z.object({ mergeId: idSchema.describe("The merge to undo") });
export type UnmergeInput = z.infer<typeof unmergeInputSchema>;

export const dismissSuggestionInputSchema = z.object({
  suggestionId: idSchema.describe("The suggestion to dismiss: these are different people"),
});
export type DismissSuggestionInput = z.infer<typeof dismissSuggestionInputSchema>;
