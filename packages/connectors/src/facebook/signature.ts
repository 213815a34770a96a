import { sameSignature, sha256Signature } from "../webhook-signature.ts";

export const HUB_SIGNATURE_HEADER = "x-hub-signature-256";

/**
 * Meta's X-Hub-Signature-256: "sha256=" + hex HMAC-SHA256 of the raw body bytes, keyed with the app
 * secret (Graph API Webhooks, "Validate payloads"). Computed over the bytes as received: Meta escapes
 * non-ASCII as \uXXXX, so re-serialized JSON would not match.
 */
export function hubSignature(appSecret: string, body: Buffer | string): string {
  return sha256Signature(appSecret, body, "hex");
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
  return sameSignature(hubSignature(appSecret, body), normalized)
    ? { ok: true }
    : { ok: false, problem: "signature_mismatch" };
}
