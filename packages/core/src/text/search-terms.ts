import type { CountryCode } from "../identity/country-code.ts";
import type { IdentityKind } from "../identity/identity-kind.ts";
import { normalizeEmail } from "../identity/normalize-email.ts";
import { normalizePhone } from "../identity/normalize-phone.ts";
import { looksLikeEmail, looksLikePhone } from "./looks-like.ts";

/** One lookup the customer search should run; the API ORs the terms of a query together. */
export type SearchTerm =
  /** Exact match on identities (kind, value): the unique index answers it. */
  | { kind: "identity"; identityKind: IdentityKind; value: string }
  /** Prefix match on lower(identities.display) for kind twitter, e.g. "@anna" finds "@anna_k". */
  | { kind: "display"; identityKind: Extract<IdentityKind, "twitter">; value: string }
  /** Prefix match on lower(customers.display_name) of customers not merged away. */
  | { kind: "name"; value: string };

const HANDLE = /^@(\w{1,50})$/;
// Facebook page-scoped and X user ids are long digit strings; an agent may paste one from a provider console.
const PROVIDER_ID = /^\d{6,32}$/;

/** Reads what an agent typed into the customer search box and says which lookups can answer it. */
export function searchTermsFor(query: string, defaultCountry: CountryCode): SearchTerm[] {
  const trimmed = query.trim().replace(/\s+/g, " ");
  if (trimmed === "") return [];
  if (looksLikeEmail(trimmed)) {
    const email = normalizeEmail({ kind: "email", value: trimmed });
    if (email.ok) return [{ kind: "identity", identityKind: "email", value: email.identity.value }];
  }
  const handle = HANDLE.exec(trimmed)?.[1];
  if (handle !== undefined)
    return [{ kind: "display", identityKind: "twitter", value: `@${handle.toLowerCase()}` }];
  if (looksLikePhone(trimmed)) {
    const terms: SearchTerm[] = [];
    const phone = normalizePhone({ kind: "phone", value: trimmed }, defaultCountry);
    if (phone.ok) terms.push({ kind: "identity", identityKind: "phone", value: phone.identity.value });
    if (PROVIDER_ID.test(trimmed)) {
      terms.push({ kind: "identity", identityKind: "facebook", value: trimmed });
      terms.push({ kind: "identity", identityKind: "twitter", value: trimmed });
    }
    return terms;
  }
  return [{ kind: "name", value: trimmed.toLowerCase() }];
}
