import { z } from "zod";

export const MERGE_DIFFERENCE_FIELDS = ["displayName", "locale"] as const;
export const mergeDifferenceFieldSchema = z
  .enum(MERGE_DIFFERENCE_FIELDS)
  .describe("A customer field whose values differ between the two customers of a merge");
export type MergeDifferenceField = z.infer<typeof mergeDifferenceFieldSchema>;

/** What a merge would join that does not match: shown to the agent, who confirms it. */
export const mergeDifferenceSchema = z.object({
  field: mergeDifferenceFieldSchema,
  survivor: z.string().nullable().describe("The surviving customer's value"),
  absorbed: z.string().nullable().describe("The merged-in customer's value"),
});
export type MergeDifference = z.infer<typeof mergeDifferenceSchema>;

export interface MergeSide {
  displayName: string;
  locale: string | null;
}

// "Jürgen Weiß", "jürgen  weiss" and "Juergen Weiß" are one name written differently, not two people.
const sameWords = new Intl.Collator("de", { sensitivity: "base", ignorePunctuation: true });

function sameName(a: string, b: string): boolean {
  const tidy = (name: string) =>
    name.trim().replace(/\s+/g, " ").replace(/ae/gi, "ä").replace(/oe/gi, "ö").replace(/ue/gi, "ü");
  return sameWords.compare(tidy(a), tidy(b)) === 0;
}

/** The fields in which two customers differ; an empty list means nothing to confirm. */
export function mergeDifferences(survivor: MergeSide, absorbed: MergeSide): MergeDifference[] {
  const differences: MergeDifference[] = [];
  if (!sameName(survivor.displayName, absorbed.displayName)) {
    differences.push({
      field: "displayName",
      survivor: survivor.displayName,
      absorbed: absorbed.displayName,
    });
  }
  // An unknown language is no contradiction.
  if (survivor.locale !== null && absorbed.locale !== null && survivor.locale !== absorbed.locale) {
    differences.push({ field: "locale", survivor: survivor.locale, absorbed: absorbed.locale });
  }
  return differences;
}

/** The differences the agent has not confirmed yet. */
export function unconfirmedDifferences(
  differences: readonly MergeDifference[],
  confirmed: readonly MergeDifferenceField[],
): MergeDifference[] {
  return differences.filter((difference) => !confirmed.includes(difference.field));
}
