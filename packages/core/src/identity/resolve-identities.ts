import type { MergeReason, MergeSuggestion } from "../merge/merge-reason.ts";
import { sortedIds } from "../merge/sorted-ids.ts";
import { identityKey } from "./identity-key.ts";
import type { NormalizedIdentity } from "./identity-kind.ts";

export type IdentityResolution =
  /** No identifier is known: make a customer and give it all of them. */
  | { kind: "new-customer"; identitiesToCreate: NormalizedIdentity[] }
  /** Every known identifier belongs to this customer: link the unknown ones to it too. */
  | { kind: "existing"; customerId: string; identitiesToCreate: NormalizedIdentity[] }
  /**
   * Known identifiers belong to several customers. The item goes to `customerId` (owner of the first
   * known identifier), unknown identifiers link there, and people decide on the suggestion: never merge silently.
   */
  | {
      kind: "conflict";
      customerId: string;
      identitiesToCreate: NormalizedIdentity[];
      suggestion: MergeSuggestion;
    };

function pairReason(
  a: string,
  b: string,
  known: readonly { identity: NormalizedIdentity; owner: string }[],
): MergeReason {
  return {
    code: "shared-event",
    identities: known
      .filter((k) => k.owner === a || k.owner === b)
      .map((k) => ({ kind: k.identity.kind, value: k.identity.value })),
    customerIds: [a, b],
  };
}

function suggest(known: readonly { identity: NormalizedIdentity; owner: string }[]): MergeSuggestion {
  const customerIds = sortedIds(known.map((k) => k.owner));
  const reasons: MergeReason[] = [];
  // One reason per pair, because merge_suggestions stores ordered pairs (customer_a < customer_b).
  customerIds.forEach((a, i) => {
    for (const b of customerIds.slice(i + 1)) reasons.push(pairReason(a, b, known));
  });
  return { customerIds, reasons };
}

/**
 * Decides which customer one inbound item belongs to. `identities` are that item's normalized identifiers
 * (first = the thread's contact); `owners` maps identityKey → customer id for those already stored.
 * Every identifier is strong, so unknown ones seen with a known one link to the same customer.
 */
export function resolveIdentities(
  identities: readonly NormalizedIdentity[],
  owners: ReadonlyMap<string, string>,
): IdentityResolution {
  const seen = new Set<string>();
  const known: { identity: NormalizedIdentity; owner: string }[] = [];
  const identitiesToCreate: NormalizedIdentity[] = [];
  for (const identity of identities) {
    const key = identityKey(identity);
    if (seen.has(key)) continue;
    seen.add(key);
    const owner = owners.get(key);
    if (owner === undefined) identitiesToCreate.push(identity);
    else known.push({ identity, owner });
  }
  const first = known[0];
  if (first === undefined) return { kind: "new-customer", identitiesToCreate };
  if (known.every((k) => k.owner === first.owner)) {
    return { kind: "existing", customerId: first.owner, identitiesToCreate };
  }
  return { kind: "conflict", customerId: first.owner, identitiesToCreate, suggestion: suggest(known) };
}
