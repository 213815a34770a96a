export const MERGE_REFUSALS = [
  "same-customer",
  "unknown-customer",
  "already-merged",
  "unconfirmed-differences",
  "code-not-confirmed",
] as const;
export type MergeRefusalCode = (typeof MERGE_REFUSALS)[number];

/** Why a merge cannot happen; `message` is a sentence for the agent. */
export interface MergeRefusal {
  code: MergeRefusalCode;
  message: string;
}

/** The part of a customer a merge checks; undefined when there is no such customer. */
export interface MergeCandidate {
  id: string;
  mergedInto: string | null;
}

export function mergeRefusal(code: MergeRefusalCode): MergeRefusal {
  switch (code) {
    case "same-customer":
      return { code, message: "A customer cannot be merged into itself" };
    case "unknown-customer":
      return { code, message: "No such customer" };
    case "already-merged":
      return {
        code,
        message: "One of these customers was already merged into another; open that one instead",
      };
    case "unconfirmed-differences":
      return {
        code,
        message: "These customers differ (see merges.preview); confirm the differences to merge them",
      };
    case "code-not-confirmed":
      return {
        code,
        message:
          "The code read back no longer proves who the customer is (confirmed over an hour ago, or for other customers); mail a new one",
      };
  }
}

/**
 * Only two active customers can merge. A merged-away survivor would hide the rows from every view, and a
 * merged-away absorbed customer has no rows of its own left to move.
 */
export function checkMerge(customers: {
  survivor?: MergeCandidate;
  absorbed?: MergeCandidate;
}): MergeRefusal | null {
  const { survivor, absorbed } = customers;
  if (survivor === undefined || absorbed === undefined) return mergeRefusal("unknown-customer");
  if (survivor.id === absorbed.id) return mergeRefusal("same-customer");
  if (survivor.mergedInto !== null || absorbed.mergedInto !== null) return mergeRefusal("already-merged");
  return null;
}
