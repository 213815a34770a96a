import { postalAddressKey } from "./evidence/postal-address.ts";
import { sameTopicKeys } from "./evidence/same-topic.ts";
import type { MatchProfile } from "./match-profile.ts";
import { nameBlockingKeys } from "./names/name-blocking-keys.ts";
import { namesOfProfile } from "./profile-names.ts";
import { xHandleOf } from "./score-pair.ts";

/**
 * The keys under which a customer's possible twins are looked up (indexed, never a scan): two
 * customers are compared only when they share a key. Names meet under their variants' keys (n:),
 * the system of record's facts under theirs (b: date of birth, a: address), words written within
 * the same half hour under theirs (t:), and an identifier one customer wrote meets the customer
 * known by it (w:).
 */
export function blockingKeysOf(profile: MatchProfile): string[] {
  const keys = new Set<string>();
  for (const name of namesOfProfile(profile)) for (const key of nameBlockingKeys(name)) keys.add(key);
  if (profile.birthDate) keys.add(`b:${profile.birthDate}`);
  const address = profile.address ? postalAddressKey(profile.address) : null;
  if (address) keys.add(address);
  for (const key of sameTopicKeys(profile.recent)) keys.add(key);
  for (const { identifier } of profile.written) keys.add(`w:${identifier.kind}:${identifier.value}`);
  // What others may write about this customer meets the keys above under the same names.
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
