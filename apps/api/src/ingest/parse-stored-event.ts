import type { InboundMessage } from "@emma/core";
import {
  NORMALIZED_CONTENT_TYPE,
  connectorOf,
  parseNormalizedBody,
  type StoredEvent,
} from "@emma/connectors";

/**
 * Normalized bodies (demo seeder, imports, tests) read the same for every connector; anything else
 * is the connector's own provider format. Secrets are not needed to parse a stored event.
 */
export async function parseStoredEvent(
  kind: string,
  config: unknown,
  event: StoredEvent,
): Promise<InboundMessage[]> {
  if (event.contentType === NORMALIZED_CONTENT_TYPE) return parseNormalizedBody(event.body.toString("utf8"));
  const connector = connectorOf(kind);
  if (!connector) throw new Error(`No connector of kind ${kind} to read this event`);
  return connector.parseStored(event, { config: connector.configSchema.parse(config) });
}
