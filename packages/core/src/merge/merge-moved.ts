import { z } from "zod";

const idList = (what: string) => z.array(z.string().min(1)).describe(what);

/** Exactly what a merge moved: stored in merges.moved so that the merge can be undone. */
export const mergeMovedSchema = z.object({
  identityIds: idList("Identities that belonged to the absorbed customer, sorted"),
  conversationIds: idList(
    "Conversations that belonged to the absorbed customer, sorted; their events follow them",
  ),
  productIds: idList("Accounts and products that belonged to the absorbed customer, sorted"),
  eventIds: idList("Timeline events of the absorbed customer outside any conversation (notes), sorted"),
});
export type MergeMoved = z.infer<typeof mergeMovedSchema>;

/** A merge as recorded, or a plan to carry out: plain ids, so the API can run it as SQL updates. */
export const mergePlanSchema = z.object({
  survivorId: z.string().min(1).describe("The customer that stays and receives everything"),
  absorbedId: z
    .string()
    .min(1)
    .describe("The customer merged away; kept with mergedInto set to the survivor"),
  moved: mergeMovedSchema.describe("What moves from the absorbed customer to the survivor"),
});
export type MergePlan = z.infer<typeof mergePlanSchema>;

/** The record planUnmerge needs: one row of merges. */
export const mergeRecordSchema = mergePlanSchema;
export type MergeRecord = MergePlan;

/** What goes back from the survivor to the absorbed customer; `moved` lists the ids to move back. */
export const unmergePlanSchema = z.object({
  survivorId: z.string().min(1).describe("The customer that absorbed the other and now gives back"),
  absorbedId: z.string().min(1).describe("The customer restored; its mergedInto becomes null"),
  moved: mergeMovedSchema.describe(
    "What moves back: the recorded ids still on the survivor, plus threads opened since on a moved identity",
  ),
});
export type UnmergePlan = z.infer<typeof unmergePlanSchema>;
