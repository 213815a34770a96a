import { inboundMessageSchema, type InboundMessage } from "@emma/core";
import { z } from "zod";

/**
 * Content type of a raw event whose body already is a JSON array of `InboundMessage`s: what the demo
 * seeder, the CLI and tests send through the one ingest path. Provider payloads are parsed by their
 * connector instead.
 */
export const NORMALIZED_CONTENT_TYPE = "application/vnd.emma.inbound+json";

const normalizedBodySchema = z.array(inboundMessageSchema).min(1).max(500);

export function parseNormalizedBody(body: string): InboundMessage[] {
  return normalizedBodySchema.parse(JSON.parse(body));
}
