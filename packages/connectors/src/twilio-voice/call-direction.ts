import { isServiceNumber, type Direction } from "@emma/core";
import type { TwilioVoiceRequest } from "./twilio-voice-request-schema.ts";

/**
 * Inbound when the called number is one of the service's numbers or Twilio says `inbound`;
 * otherwise outbound (Twilio's outbound-api and outbound-dial). A request that names neither (a
 * recording callback) is taken as inbound; the call's first status callback normally set the
 * direction already, and the API keeps that on merge.
 */
export function twilioDirection(
  { To: to, Direction: direction }: TwilioVoiceRequest,
  serviceNumbers: readonly string[],
): Extract<Direction, "inbound" | "outbound"> {
  if (isServiceNumber(to, serviceNumbers)) return "inbound";
  if (direction === undefined) return to === undefined ? "inbound" : "outbound";
  return direction === "inbound" ? "inbound" : "outbound";
}
