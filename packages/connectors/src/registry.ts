import type { AnyConnector } from "./connector.ts";
import { emmaInboundConnector } from "./emma-inbound/emma-inbound-connector.ts";

/** Every connector kind Emma knows, by kind. */
export const CONNECTORS: Readonly<Record<string, AnyConnector>> = {
  [emmaInboundConnector.kind]: emmaInboundConnector,
};

export function connectorOf(kind: string): AnyConnector | undefined {
  return CONNECTORS[kind];
}
