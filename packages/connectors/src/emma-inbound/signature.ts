import { createHmac, timingSafeEqual } from "node:crypto";

/** Header carrying `sha256=<hex HMAC of the raw body>`, keyed with the connector's signing secret. */
export const SIGNATURE_HEADER = "x-emma-signature";
/** Header carrying the sender's own event id, the dedupe key for redeliveries. */
export const EVENT_ID_HEADER = "x-emma-event-id";

export function signBody(secret: string, body: Buffer | string): string {
  return `sha256=${createHmac("sha256", secret).update(body).digest("hex")}`;
}

/** Constant-time: a byte-by-byte compare would tell an attacker how much of a guess was right. */
export function verifyBodySignature(secret: string, body: Buffer, header: string | undefined): boolean {
  if (!header) return false;
  const expected = Buffer.from(signBody(secret, body));
  const given = Buffer.from(header.trim());
  return expected.length === given.length && timingSafeEqual(expected, given);
}
