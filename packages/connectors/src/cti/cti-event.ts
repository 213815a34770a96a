import { ctiEventSchema, type CtiEvent } from "./cti-event-schema.ts";
import { zammadCtiRequestSchema, type ZammadCtiRequest } from "./zammad-cti-request.ts";
import { parseFormParams } from "../twilio-voice/twilio-params.ts";

export const CTI_JSON_CONTENT_TYPE = "application/json";
export const CTI_FORM_CONTENT_TYPE = "application/x-www-form-urlencoded";
type CtiContentType = typeof CTI_JSON_CONTENT_TYPE | typeof CTI_FORM_CONTENT_TYPE;

/**
 * One CTI request in either dialect: Emma's own JSON event (it carries `at`), or Zammad's generic CTI
 * API, which PBX integrations already send (form or JSON, no time of its own), so that an existing
 * PBX configuration works by changing only the URL.
 */
export type CtiRequest =
  { dialect: "emma"; event: CtiEvent } | { dialect: "zammad"; request: ZammadCtiRequest };

/** What the request says the body is; anything not JSON is read as a form, as PBXs send it. */
export function ctiContentTypeOf(header: string | undefined): CtiContentType {
  return header?.toLowerCase().includes("json") ? CTI_JSON_CONTENT_TYPE : CTI_FORM_CONTENT_TYPE;
}

/** The stored content type back to how to read it; throws on one this connector did not choose. */
export function storedCtiContentType(contentType: string): CtiContentType {
  const type = contentType.split(";")[0]?.trim().toLowerCase();
  if (type === CTI_JSON_CONTENT_TYPE || type === CTI_FORM_CONTENT_TYPE) return type;
  throw new Error(`cti cannot read ${contentType}`);
}

/** Throws a ZodError naming what is wrong, or a SyntaxError for JSON that is not JSON. */
export function parseCtiRequest(contentType: CtiContentType, body: Buffer): CtiRequest {
  const fields = readFields(contentType, body.toString("utf8"));
  if (contentType === CTI_JSON_CONTENT_TYPE && isEmmaDialect(fields)) {
    return { dialect: "emma", event: ctiEventSchema.parse(fields) };
  }
  return { dialect: "zammad", request: zammadCtiRequestSchema.parse(fields) };
}

export function ctiStepOf(request: CtiRequest): { callId: string; event: CtiEvent["event"] } {
  const { callId, event } = request.dialect === "emma" ? request.event : request.request;
  return { callId, event };
}

/** Only Emma's events carry `at` and spell directions out; Zammad's say in/out and carry no time. */
function isEmmaDialect(fields: Record<string, unknown>): boolean {
  return "at" in fields || fields.direction === "inbound" || fields.direction === "outbound";
}

function readFields(contentType: CtiContentType, text: string): Record<string, unknown> {
  switch (contentType) {
    case CTI_JSON_CONTENT_TYPE: {
      const parsed: unknown = JSON.parse(text);
      if (typeof parsed !== "object" || parsed === null || Array.isArray(parsed)) {
        throw new Error("The JSON body is not an object");
      }
      return { ...parsed };
    }
    case CTI_FORM_CONTENT_TYPE: {
      // Zammad's form sends the agents as repeated user[] (PHP's array syntax); some PBXs write user.
      const { "user[]": users, user, ...rest } = parseFormParams(text);
      const named = [users, user].flat().filter((name) => name !== undefined);
      return named.length === 0 ? rest : { ...rest, user: named };
    }
    default: {
      const unknown: never = contentType;
      throw new Error(`Unknown CTI content type ${String(unknown)}`);
    }
  }
}
