import type { InboundMessage } from "@emma/core";
import { NORMALIZED_CONTENT_TYPE, connectorOf, parseNormalizedBody } from "@emma/connectors";

/**
 * Normalized bodies (demo seeder, imports, tests) read the same for every connector; anything else
 * is the connector's own provider format. Secrets are not needed to parse a stored event.
 */
export function parseStoredEvent(
  kind: string,
  config: unknown,
  contentType: string,
  body: string,
): InboundMessage[] {
  if (contentType === NORMALIZED_CONTENT_TYPE) return parseNormalizedBody(body);
  const connector = connectorOf(kind);
  if (!connector) throw new Error(`No connector of kind ${kind} to read this event`);
  return connector.parseStored(contentType, body, {
    config: connector.configSchema.parse(config),
    secrets: undefined,
  });
}
