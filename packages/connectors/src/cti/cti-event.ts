import { ctiEventSchema, type CtiEvent } from "@emma/core";

export const CTI_CONTENT_TYPE = "application/json";

/** Throws a ZodError naming what is wrong, or a SyntaxError for what is not JSON. */
export function parseCtiEvent(body: Buffer): CtiEvent {
  return ctiEventSchema.parse(JSON.parse(body.toString("utf8")));
}
