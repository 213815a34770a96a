/** Why a merge cannot be planned; `detail` is a sentence for the agent. */
export type MergeError =
  | { code: "same-customer"; customerId: string; detail: string }
  | { code: "unknown-customer"; customerId: string; detail: string }
  | { code: "already-merged"; customerId: string; mergedInto: string; detail: string };

/** Why a merge cannot be undone; `detail` is a sentence for the agent. */
export type UnmergeError =
  | { code: "unknown-customer"; customerId: string; detail: string }
  | { code: "not-merged"; customerId: string; detail: string }
  | { code: "survivor-merged-away"; customerId: string; mergedInto: string; detail: string };

export type MergeErrorCode = MergeError["code"] | UnmergeError["code"];
