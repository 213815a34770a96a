import type { StoredEvent } from "../connector.ts";
import { bodyHashOf } from "./signature.ts";
import { parseFormParams, parseJsonParams, type TwilioParams } from "./twilio-params.ts";

export const FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
export const JSON_CONTENT_TYPE = "application/json";
export type TwilioBodyType = typeof FORM_CONTENT_TYPE | typeof JSON_CONTENT_TYPE;

/**
 * Twilio marks a JSON body by the bodySHA256 in the URL (that is how its own validator tells them
 * apart); the Content-Type header is the fallback. Voice callbacks are form-encoded.
 */
export function bodyTypeOf(url: string, contentType: string | undefined): TwilioBodyType {
  if (bodyHashOf(url) !== undefined) return JSON_CONTENT_TYPE;
  return contentType?.toLowerCase().includes("json") ? JSON_CONTENT_TYPE : FORM_CONTENT_TYPE;
}

/** The parameters of a body of either type. Throws on a JSON body that is not an object. */
export function readTwilioParams(type: TwilioBodyType, body: Buffer): TwilioParams {
  const text = body.toString("utf8");
  switch (type) {
    case FORM_CONTENT_TYPE:
      return parseFormParams(text);
    case JSON_CONTENT_TYPE:
      return parseJsonParams(text);
    default: {
      const unknown: never = type;
      throw new Error(`Unknown Twilio body type ${String(unknown)}`);
    }
  }
}

/** The stored content type back to the body type; throws on one this connector did not choose. */
export function storedBodyType(event: StoredEvent): TwilioBodyType {
  const type = event.contentType.split(";")[0]?.trim().toLowerCase();
  if (type === FORM_CONTENT_TYPE || type === JSON_CONTENT_TYPE) return type;
  throw new Error(`twilio-voice cannot read ${event.contentType}`);
}
