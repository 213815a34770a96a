import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import type { TwilioParams } from "./twilio-params.ts";

export const TWILIO_SIGNATURE_HEADER = "x-twilio-signature";

/**
 * Twilio's X-Twilio-Signature: base64(HMAC-SHA1(authToken, url + every parameter as key+value,
 * keys sorted by code unit)). A repeated key contributes each distinct value, sorted, as twilio-node
 * does. For JSON bodies pass no params: the signature then covers the URL alone (which carries
 * bodySHA256). https://www.twilio.com/docs/usage/webhooks/webhooks-security
 */
export function twilioSignature(authToken: string, url: string, params: TwilioParams = {}): string {
  let data = url;
  for (const key of Object.keys(params).sort()) {
    const value = params[key] ?? "";
    const values = typeof value === "string" ? [value] : [...new Set(value)].sort();
    for (const one of values) data += key + one;
  }
  return createHmac("sha1", authToken).update(data, "utf8").digest("base64");
}

/** Hex sha256 of a JSON body, as Twilio puts it in the `bodySHA256` query parameter. */
export function twilioBodySha256(body: Buffer | string): string {
  return createHash("sha256").update(body).digest("hex");
}

export type TwilioSignedPayload = { kind: "form"; params: TwilioParams } | { kind: "json"; body: Buffer };

export type TwilioSignatureVerdict =
  { ok: true } | { ok: false; problem: "missing_signature" | "signature_mismatch" | "body_hash_mismatch" };

/**
 * Checks a request as Twilio's own validator does, including its quirk: Twilio's back end signs some
 * URLs with the default port (:443, :80) and some without, so both spellings are tried.
 */
export function verifyTwilioSignature(
  authToken: string,
  signature: string | undefined,
  url: string,
  payload: TwilioSignedPayload,
): TwilioSignatureVerdict {
  const given = signature?.trim();
  if (!given) return { ok: false, problem: "missing_signature" };
  const params = payload.kind === "form" ? payload.params : {};
  const signed = urlSpellings(url).some((candidate) =>
    sameText(twilioSignature(authToken, candidate, params), given),
  );
  if (!signed) return { ok: false, problem: "signature_mismatch" };
  if (payload.kind === "json") {
    const claimed = bodyHashOf(url);
    if (claimed === undefined || !sameText(twilioBodySha256(payload.body), claimed.toLowerCase())) {
      return { ok: false, problem: "body_hash_mismatch" };
    }
  }
  return { ok: true };
}

/** The bodySHA256 query parameter, whose presence marks a JSON webhook. */
export function bodyHashOf(url: string): string | undefined {
  const query = url.split("#")[0]?.split("?")[1];
  return query === undefined ? undefined : (new URLSearchParams(query).get("bodySHA256") ?? undefined);
}

/** The URL as given, with the scheme's default port when it names none, and without any port. */
export function urlSpellings(url: string): string[] {
  const match = /^(https?):\/\/([^/?#@]*@)?([^/?#:]+|\[[^\]]+\])(:\d*)?(.*)$/i.exec(url);
  if (!match) return [url];
  const [, scheme = "", userinfo = "", host = "", port, rest = ""] = match;
  const prefix = `${scheme}://${userinfo}${host}`;
  const withPort = port ? url : prefix + (scheme.toLowerCase() === "https" ? ":443" : ":80") + rest;
  return [...new Set([url, withPort, prefix + rest])];
}

/** Constant-time: a byte-by-byte compare would tell an attacker how much of a guess was right. */
function sameText(expected: string, given: string): boolean {
  const a = Buffer.from(expected);
  const b = Buffer.from(given);
  return a.length === b.length && timingSafeEqual(a, b);
}
