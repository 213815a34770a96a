import { anyAnswer, type IdentityAnswers, type IdentityCheckResult } from "@emma/core";

/**
 * What the agent has learnt about who the customer is before a merge: the answers to the record's
 * questions and their comparison, and a mailed code the customer read back. Held by the banner or
 * the merge dialog, filled by "Identität prüfen", sent with the merge (which checks both again).
 */
export interface IdentityProof {
  answers: IdentityAnswers;
  checked: IdentityCheckResult | null;
  /** A code confirmed for this pair (merges.confirmIdentityCode). */
  codeId: string | null;
}

export const NO_PROOF: IdentityProof = { answers: {}, checked: null, codeId: null };

/** An answer did not match the records: the agent confirms before merging. */
export function answersDiffer(proof: IdentityProof): boolean {
  return proof.checked?.checks.some((check) => check.result === "different") ?? false;
}

/** The proof as the merge takes it: only what the agent actually has. */
export function proofForMerge(proof: IdentityProof): {
  identityAnswers?: IdentityAnswers;
  identityCodeId?: string;
} {
  return {
    ...(anyAnswer(proof.answers) ? { identityAnswers: proof.answers } : {}),
    ...(proof.codeId === null ? {} : { identityCodeId: proof.codeId }),
  };
}
