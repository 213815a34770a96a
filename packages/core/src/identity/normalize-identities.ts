import { identityKey } from "./identity-key.ts";
import type { NormalizedIdentity, RawIdentity } from "./identity-kind.ts";
import { normalizeIdentity, type NormalizeOptions } from "./normalize-identity.ts";
import type { NormalizeFailure } from "./normalize-result.ts";

export interface RejectedIdentity {
  raw: RawIdentity;
  reason: NormalizeFailure;
  detail: string;
}

export interface NormalizedIdentities {
  /** Usable identities, first occurrence kept, in input order: the first is the thread's contact. */
  identities: NormalizedIdentity[];
  /** Identifiers that must not link anyone (withheld numbers, handles, garbage), with why. */
  rejected: RejectedIdentity[];
}

/** Normalizes every identifier of one inbound item; a value given twice in different spellings counts once. */
export function normalizeIdentities(
  raws: readonly RawIdentity[],
  options: NormalizeOptions,
): NormalizedIdentities {
  const identities: NormalizedIdentity[] = [];
  const rejected: RejectedIdentity[] = [];
  const seen = new Set<string>();
  for (const raw of raws) {
    const result = normalizeIdentity(raw, options);
    if (!result.ok) {
      rejected.push({ raw, reason: result.reason, detail: result.detail });
      continue;
    }
    const key = identityKey(result.identity);
    if (seen.has(key)) continue;
    seen.add(key);
    identities.push(result.identity);
  }
  return { identities, rejected };
}
