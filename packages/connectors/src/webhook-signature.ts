import { createHmac, timingSafeEqual } from "node:crypto";
import type { WebhookRefusal } from "./connector.ts";

/**
 * `sha256=` + HMAC-SHA256 of the message keyed with the shared secret: hex for Meta's
 * X-Hub-Signature-256 and Discourse's X-Discourse-Event-Signature, base64 for X's CRC and deliveries.
 */
export function sha256Signature(
  secret: string,
  message: Buffer | string,
  encoding: "hex" | "base64",
): string {
  return `sha256=${createHmac("sha256", secret).update(message).digest(encoding)}`;
}

/** Constant time: a byte-by-byte compare would tell an attacker how much of a guess was right. */
export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}

/** A signature that is missing or wrong, answered 401 in words the provider's admin can act on. */
export function signatureRefusal(
  problem: string,
  words: { missing: string; mismatch: string },
): WebhookRefusal {
  return {
    ok: false,
    status: 401,
    code: problem,
    message: problem === "missing_signature" ? words.missing : words.mismatch,
  };
}
