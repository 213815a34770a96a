import { isServiceNumber, type Direction } from "@emma/core";
import { paramOf, type TwilioParams } from "./twilio-params.ts";

/**
 * Inbound when the called number is one of the service's numbers or Twilio says `inbound`;
 * otherwise outbound (Twilio's outbound-api and outbound-dial). A request that names neither (a
 * recording callback) is taken as inbound; the call's first status callback normally set the
 * direction already, and the API keeps that on merge.
 */
export function twilioDirection(
  params: TwilioParams,
  serviceNumbers: readonly string[],
): Extract<Direction, "inbound" | "outbound"> {
  const to = paramOf(params, "To");
  if (isServiceNumber(to, serviceNumbers)) return "inbound";
  const twilioDirection = paramOf(params, "Direction");
  if (twilioDirection === undefined) return to === undefined ? "inbound" : "outbound";
  return twilioDirection === "inbound" ? "inbound" : "outbound";
}
