import { createHmac, timingSafeEqual } from "node:crypto";

export const HUB_SIGNATURE_HEADER = "x-hub-signature-256";

/**
 * Meta's X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the raw body bytes, keyed with the app
 * secret (Graph API Webhooks, "Validate payloads"). Computed over the bytes as received: Meta escapes
 * non-ASCII as \uXXXX, so re-serialized JSON would not match.
 */
export function hubSignature(appSecret: string, body: Buffer | string): string {
  return `sha256=${createHmac("sha256", appSecret).update(body).digest("hex")}`;
}

export type HubSignatureVerdict =
  { ok: true } | { ok: false; problem: "missing_signature" | "signature_mismatch" };

export function verifyHubSignature(
  appSecret: string,
  body: Buffer,
  header: string | undefined,
): HubSignatureVerdict {
  const given = header?.trim();
  if (!given) return { ok: false, problem: "missing_signature" };
  // Hex digits are case-insensitive; the prefix is not.
  const normalized = given.startsWith("sha256=") ? `sha256=${given.slice(7).toLowerCase()}` : given;
  const expected = Buffer.from(hubSignature(appSecret, body));
  const actual = Buffer.from(normalized);
  // Constant-time: a byte-by-byte compare would tell an attacker how much of a guess was right.
  const same = expected.length === actual.length && timingSafeEqual(expected, actual);
  return same ? { ok: true } : { ok: false, problem: "signature_mismatch" };
}
