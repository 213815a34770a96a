import { fold } from "../text/fold.ts";
import type { MatchProfile } from "./match-profile.ts";
import { xHandleOf } from "./score-pair.ts";

/**
 * The keys under which a customer's possible twins are looked up (indexed, never a scan): two
 * customers are compared only when they share a key. First version: the folded full name, the date
 * of birth, the customer number and identifiers written in messages.
 */
export function blockingKeysOf(profile: MatchProfile): string[] {
  const keys = new Set<string>();
  for (const name of profile.names) {
    const folded = fold(name.value)
      .replace(/[^a-z ]+/g, " ")
      .trim()
      .replace(/\s+/g, " ");
    if (folded.length >= 3) keys.add(`n:${folded}`);
  }
  if (profile.birthDate) keys.add(`b:${profile.birthDate}`);
  if (profile.customerNumber) keys.add(`c:${profile.customerNumber}`);
  for (const { identifier } of profile.written) keys.add(`w:${identifier.kind}:${identifier.value}`);
  // What others may have written about this customer meets the keys above under the same names.
  for (const identity of profile.identities) {
    if (identity.kind === "email" || identity.kind === "phone")
      keys.add(`w:${identity.kind}:${identity.value}`);
    const handle = identity.kind === "twitter" ? xHandleOf(identity.display) : null;
    if (handle) keys.add(`w:x-handle:${handle}`);
  }
  for (const iban of profile.ibans) keys.add(`w:iban:${iban}`);
  if (profile.customerNumber) keys.add(`w:customer-number:${profile.customerNumber}`);
  return [...keys];
}
