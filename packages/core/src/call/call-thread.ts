import type { RawIdentity } from "../identity/identity-kind.ts";
import { normalizeIdentity } from "../identity/normalize-identity.ts";

/**
 * The conversation a call belongs to: one per customer number per connector, so that a customer's
 * calls, missed calls and voicemails follow each other in one thread instead of one conversation per
 * call. Providers send the same spelling on every call (Twilio: E.164), so the compacted number is
 * stable; the connector's default country is not needed for that.
 *
 * A withheld or unusable number is shared by strangers ("anonymous", Twilio's +266696687): grouping
 * on it would put unrelated callers into one conversation, so such a call gets a conversation of its
 * own (`call:<call id>`). So does an event that carries no number at all (Twilio's recording
 * callbacks); the API merges it into the call's existing item and keeps that item's conversation.
 */
export function callThreadKey(customerNumber: string | undefined, callId: string): string {
  const compact = customerNumber === undefined ? "" : compactNumber(customerNumber);
  return compact !== "" && !isWithheld(customerNumber ?? "") ? `phone:${compact}` : `call:${callId}`;
}

/**
 * The customer's identity as the provider wrote it. The API normalizes it with the connector's
 * default country and never links a withheld or invalid number; an empty one is left out here
 * because an identity cannot be empty.
 */
export function callerIdentities(customerNumber: string | undefined): RawIdentity[] {
  const value = customerNumber?.trim() ?? "";
  return value === "" ? [] : [{ kind: "phone", value: value.slice(0, 512) }];
}

/** Whether a number is one of the service's own, compared by digits ("+49 30 123456" = "004930123456"). */
export function isServiceNumber(number: string | undefined, serviceNumbers: readonly string[]): boolean {
  const digits = (value: string) => value.replace(/\D/g, "").replace(/^00/, "");
  const wanted = number === undefined ? "" : digits(number);
  return wanted !== "" && serviceNumbers.some((service) => digits(service) === wanted);
}

function compactNumber(number: string): string {
  const digits = number.replace(/\D/g, "");
  return digits === "" ? "" : (number.trim().startsWith("+") ? "+" : "") + digits;
}

// Core's phone rule decides what is withheld before any country matters (words, provider stand-ins,
// too few digits): the country passed here only affects national numbers, which it does not judge.
function isWithheld(number: string): boolean {
  const result = normalizeIdentity({ kind: "phone", value: number }, { defaultCountry: "US" });
  return !result.ok && result.reason !== "invalid";
}
