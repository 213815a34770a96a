import { sameSignature, sha256Signature } from "../webhook-signature.ts";

export const X_SIGNATURE_HEADER = "x-twitter-webhooks-signature";

/**
 * X's CRC answer and delivery signature are the same construction: `sha256=` + base64 of the
 * HMAC-SHA256 of the message (the crc_token, or the raw body) keyed with the app's consumer secret.
 * https://docs.x.com/x-api/webhooks/quickstart (CRC check, securing webhooks)
 */
export function xSignature(consumerSecret: string, message: string | Buffer): string {
  return sha256Signature(consumerSecret, message, "base64");
}

export type XSignatureVerdict = { ok: true } | { ok: false; problem: "missing_signature" | "bad_signature" };

export function verifyXSignature(
  consumerSecret: string,
  rawBody: Buffer,
  header: string | undefined,
): XSignatureVerdict {
  const given = header?.trim();
  if (!given) return { ok: false, problem: "missing_signature" };
  return sameSignature(xSignature(consumerSecret, rawBody), given)
    ? { ok: true }
    : { ok: false, problem: "bad_signature" };
}
