import { createHmac, createSecretKey, hkdfSync, type KeyObject } from "node:crypto";
import { identityKey, type NormalizedIdentity } from "@emma/core";

/**
 * The key erasure hashes identifiers with, derived (HKDF-SHA256) from the app's secret key for this
 * one purpose. Keyed because a plain SHA-256 of an e-mail address or phone number is reversed by
 * hashing a list of candidates; without the key, a copy of the database says nothing about whom it
 * erased. Separate from the key that seals connector secrets, so neither use can stand in for the other.
 */
export type TombstoneKey = KeyObject;

export function tombstoneKeyFrom(secretKey: KeyObject): TombstoneKey {
  const derived = hkdfSync("sha256", secretKey.export(), Buffer.alloc(0), "emma:erasure-tombstones:v1", 32);
  return createSecretKey(Buffer.from(derived));
}

/** HMAC-SHA256 of an identity's kind and normalized value: the tombstone's key. */
export function tombstoneHash(
  key: TombstoneKey,
  identity: Pick<NormalizedIdentity, "kind" | "value">,
): string {
  return keyedHash(key, `identity\u0000${identityKey(identity)}`);
}

/** Starts every key `erasedKey` wrote: threading never continues an erased person's conversation. */
export const ERASED_KEY_PREFIX = "erased:";

/**
 * Stands in for a provider key that may carry the person's identifiers (a Message-ID with their
 * address, a thread key with their number): still unique, so the row keeps its uniqueness, but it
 * names no one.
 */
export function erasedKey(key: TombstoneKey, value: string): string {
  return `${ERASED_KEY_PREFIX}${keyedHash(key, `key\u0000${value}`)}`;
}

function keyedHash(key: TombstoneKey, text: string): string {
  return createHmac("sha256", key).update(text, "utf8").digest("hex");
}
