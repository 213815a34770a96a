import { inboundMessageSchema, type InboundMessage } from "@emma/core";
import { z } from "zod";

/** Content type of a body that already is a JSON array of `InboundMessage`s. */
export const NORMALIZED_CONTENT_TYPE = "application/vnd.emma.inbound+json";

const normalizedBodySchema = z.array(inboundMessageSchema).min(1).max(500);

/** Throws a ZodError (or SyntaxError) naming what is wrong. */
export function parseNormalizedBody(body: string): InboundMessage[] {
  return normalizedBodySchema.parse(JSON.parse(body));
}
