import { createHmac, timingSafeEqual } from "node:crypto";

export const DISCOURSE_SIGNATURE_HEADER = "x-discourse-event-signature";

/**
 * Discourse signs a delivery with the webhook's secret: `sha256=` + hex HMAC-SHA256 of the raw
 * body (Jobs::EmitWebHookEvent#build_webhook_headers, discourse/discourse).
 */
export function discourseSignature(secret: string, body: string | Buffer): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

export type DiscourseSignatureVerdict =
  { ok: true } | { ok: false; problem: "missing_signature" | "bad_signature" };

export function verifyDiscourseSignature(
  secret: string,
  rawBody: Buffer,
  header: string | undefined,
): DiscourseSignatureVerdict {
  const given = header?.trim().toLowerCase();
  if (!given) return { ok: false, problem: "missing_signature" };
  // Constant time: a byte-by-byte compare would tell an attacker how much of a guess was right.
  const expected = Buffer.from(discourseSignature(secret, rawBody));
  const actual = Buffer.from(given);
  const same = expected.length === actual.length && timingSafeEqual(expected, actual);
  return same ? { ok: true } : { ok: false, problem: "bad_signature" };
}
