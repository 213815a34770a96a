import type { OutboundMessage } from "../../connector.ts";
import type { SimulatedXUser } from "../simulator/xaa-builders.ts";

/** A reply as the outbox worker hands it to the X connector. */
export function outbound(
  customer: SimulatedXUser,
  threadKey: string,
  text: string,
  extra: Partial<OutboundMessage> = {},
): OutboundMessage {
  return {
    outboxId: "outbox-1",
    conversationId: "conversation-1",
    channel: "twitter",
    threadKey,
    to: { identities: [{ kind: "twitter", value: customer.id, display: `@${customer.username}` }] },
    text,
    threadExternalIds: [],
    replyToken: "token",
    locale: "de",
    visibility: "public",
    ...extra,
  };
}
