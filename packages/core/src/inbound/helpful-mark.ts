import type { CountryCode } from "../identity/country-code.ts";
import { identityKey } from "../identity/identity-key.ts";
import type { NormalizedIdentity } from "../identity/identity-kind.ts";
import { normalizeIdentity } from "../identity/normalize-identity.ts";
import { changeOf, type InboundMessage } from "./inbound-message.ts";

/**
 * A helpful mark answers a thread's question only when its asker made it: anyone may like a post
 * (Discourse's like names who liked, not whose topic it is), and another member's like says
 * nothing about whether the asker's problem is solved. Taking a mark back follows the same rule.
 * A mark that names nobody is the provider's own verdict and counts.
 */
export function isHelpfulMarkByOther(
  message: InboundMessage,
  asker: Pick<NormalizedIdentity, "kind" | "value"> | null,
  defaultCountry: CountryCode,
): boolean {
  const change = changeOf(message);
  if (change.type !== "solution" || change.how !== "helpful") return false;
  const marker = message.author.identities[0];
  if (!marker) return false;
  if (!asker) return true;
  const normalized = normalizeIdentity(marker, { defaultCountry });
  return !normalized.ok || identityKey(normalized.identity) !== identityKey(asker);
}
