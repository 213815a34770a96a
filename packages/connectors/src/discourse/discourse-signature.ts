import { sameSignature, sha256Signature } from "../webhook-signature.ts";

export const DISCOURSE_SIGNATURE_HEADER = "x-discourse-event-signature";

/**
 * Discourse signs a delivery with the webhook's secret: `sha256=` + hex HMAC-SHA256 of the raw
 * body (Jobs::EmitWebHookEvent#build_webhook_headers, discourse/discourse).
 */
export function discourseSignature(secret: string, body: string | Buffer): string {
  return sha256Signature(secret, body, "hex");
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
  return sameSignature(discourseSignature(secret, rawBody), given)
    ? { ok: true }
    : { ok: false, problem: "bad_signature" };
}
