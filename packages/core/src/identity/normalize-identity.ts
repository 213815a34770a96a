import type { CountryCode } from "./country-code.ts";
import type { RawIdentity } from "./identity-kind.ts";
import { normalizeEmail } from "./normalize-email.ts";
import { normalizeForum } from "./normalize-forum.ts";
import { normalizePhone } from "./normalize-phone.ts";
import { normalizeFacebook, normalizeTwitter } from "./normalize-provider-id.ts";
import type { NormalizeResult } from "./normalize-result.ts";

export interface NormalizeOptions {
  /** The connector's country for numbers written without a country code. */
  defaultCountry: CountryCode;
}

/** The one value (kind, value) by which an identifier links to exactly one customer. */
export function normalizeIdentity(raw: RawIdentity, options: NormalizeOptions): NormalizeResult {
  switch (raw.kind) {
    case "email":
      return normalizeEmail(raw);
    case "phone":
      return normalizePhone(raw, options.defaultCountry);
    case "facebook":
      return normalizeFacebook(raw);
    case "twitter":
      return normalizeTwitter(raw);
    case "forum":
      return normalizeForum(raw);
    default: {
      const unknownKind: never = raw.kind;
      throw new Error(`Unknown identity kind: ${String(unknownKind)}`);
    }
  }
}
