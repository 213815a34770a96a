import type { PostalAddress } from "../match-profile.ts";
import { normalizePostalAddress, type NormalizedPostalAddress } from "./postal-address.ts";

/** How two addresses are alike, as the `address` evidence says it. */
export type PostalAddressLikeness = "same" | "same-street" | "different";

/**
 * same: one place (the same postcode, or the same city where a postcode is missing), street and
 * house number; same-street: one place and street, the number differs or one is unknown;
 * different: anything else, including a street too little is known of.
 */
export function comparePostalAddresses(a: PostalAddress, b: PostalAddress): PostalAddressLikeness {
  const x = normalizePostalAddress(a);
  const y = normalizePostalAddress(b);
  if (x.country !== y.country || !samePlace(x, y)) return "different";
  if (x.street === "" || x.street !== y.street) return "different";
  return x.houseNumber === y.houseNumber ? "same" : "same-street";
}

function samePlace(x: NormalizedPostalAddress, y: NormalizedPostalAddress): boolean {
  if (x.postalCode !== null && y.postalCode !== null) return x.postalCode === y.postalCode;
  return x.city !== "" && x.city === y.city;
}
