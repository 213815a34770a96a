import type { NormalizedIdentity } from "./identity-kind.ts";

/** The map key for an identity: (kind, value) is unique across customers, so this string is too. */
export function identityKey(identity: Pick<NormalizedIdentity, "kind" | "value">): string {
  return `${identity.kind}:${identity.value}`;
}
