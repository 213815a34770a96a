import { withoutNulDeep } from "../text/without-nul.ts";
import { inboundMessageSchema, type InboundMessage } from "./inbound-message.ts";

/**
 * A message as ingest stores it: no NUL in its body, subject, names, identities, attachment names,
 * call data or metadata (see withoutNul). A message that had one is parsed again, so what comes out
 * is a message by the same contract; one without is returned as it is.
 */
export function inboundWithoutNul(message: InboundMessage): InboundMessage {
  const cleaned = withoutNulDeep(message);
  return cleaned === message ? message : inboundMessageSchema.parse(cleaned);
}
