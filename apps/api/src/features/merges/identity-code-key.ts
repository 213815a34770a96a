import { createHmac, createSecretKey, hkdfSync, timingSafeEqual, type KeyObject } from "node:crypto";

/**
 * The key mailed codes are hashed with, derived (HKDF-SHA256) from the app's secret key for this one
 * purpose: a copy of the database without the key cannot test the million possible codes offline.
 */
export type IdentityCodeKey = KeyObject;

export function identityCodeKeyFrom(secretKey: KeyObject): IdentityCodeKey {
  const derived = hkdfSync("sha256", secretKey.export(), Buffer.alloc(0), "emma:identity-codes:v1", 32);
  return createSecretKey(Buffer.from(derived));
}

/** Bound to the code's row, so one code's hash says nothing about another's. */
export function identityCodeHash(key: IdentityCodeKey, codeId: string, code: string): string {
  return createHmac("sha256", key).update(`${codeId}\u0000${code}`, "utf8").digest("hex");
}

export function identityCodeMatches(
  key: IdentityCodeKey,
  codeId: string,
  code: string,
  hash: string,
): boolean {
  const expected = Buffer.from(identityCodeHash(key, codeId, code), "hex");
  const stored = Buffer.from(hash, "hex");
  return expected.length === stored.length && timingSafeEqual(expected, stored);
}
