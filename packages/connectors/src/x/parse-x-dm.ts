import type { InboundMessage } from "@emma/core";
import type { XConfig } from "./x-config.ts";
import { oneToOneConversationId, xIdTime } from "./x-ids.ts";
import { twitterIdentity } from "./x-identity.ts";
import { userOf, type XDmEvent, type XIncludes, type XUser } from "./x-objects.ts";
import { dmThreadKey } from "./x-thread-key.ts";
import type { LegacyDmEvent, XaaDmEvent } from "./xaa-event.ts";

interface DirectMessage {
  id: string;
  senderId: string;
  /** The other participant for one-to-one conversations; undefined in a group. */
  recipientId: string | undefined;
  conversationId: string;
  occurredAt: Date;
  text: string;
  users: (id: string) => XUser | undefined;
  hasAttachment: boolean;
}

/** dm.received / dm.sent of the X Activity API: v1.1-shaped message_create events. */
export function parseXaaDm(event: XaaDmEvent, config: Pick<XConfig, "accountUserId">): InboundMessage[] {
  return event.payload.direct_message_events.flatMap((dm) => {
    const message = legacyDirectMessage(dm, (id) => event.payload.users?.[id]?.data);
    return message ? directMessageItem(message, config, event.event_type) : [];
  });
}

/** A MessageCreate event of GET /2/dm_events, as a poll stored it. */
export function parsePolledDm(
  dm: XDmEvent,
  includes: XIncludes | undefined,
  config: Pick<XConfig, "accountUserId">,
): InboundMessage[] {
  if (dm.event_type !== "MessageCreate" || dm.sender_id === undefined || !dm.dm_conversation_id) return [];
  const participants = dm.dm_conversation_id.split("-");
  const other = participants.length === 2 ? participants.find((id) => id !== dm.sender_id) : undefined;
  const message: DirectMessage = {
    id: dm.id,
    senderId: dm.sender_id,
    recipientId: other,
    conversationId: dm.dm_conversation_id,
    occurredAt: dm.created_at ? new Date(dm.created_at) : xIdTime(dm.id),
    text: dm.text ?? "",
    users: (id) => userOf(includes, id),
    hasAttachment: (dm.attachments?.media_keys?.length ?? 0) > 0,
  };
  return directMessageItem(message, config, "dm_events");
}

function legacyDirectMessage(
  dm: LegacyDmEvent,
  users: (id: string) => XUser | undefined,
): DirectMessage | undefined {
  const create = dm.message_create;
  if (dm.type !== "message_create" || !create) return undefined;
  const recipientId = create.target.recipient_id;
  return {
    id: dm.id,
    senderId: create.sender_id,
    recipientId,
    conversationId: oneToOneConversationId(create.sender_id, recipientId),
    occurredAt: new Date(Number(dm.created_timestamp)),
    text: create.message_data.text,
    users,
    hasAttachment: create.message_data.attachment !== undefined,
  };
}

function directMessageItem(
  dm: DirectMessage,
  config: Pick<XConfig, "accountUserId">,
  source: string,
): InboundMessage[] {
  const ours = dm.senderId === config.accountUserId;
  const customerId = ours ? dm.recipientId : dm.senderId;
  // Our message in a group, or a note to ourselves: no customer to file it under.
  if (customerId === undefined || customerId === config.accountUserId) return [];
  const customer = dm.users(customerId);
  return [
    {
      channel: "twitter",
      kind: "message",
      externalId: dm.id,
      threadKey: dmThreadKey(dm.conversationId),
      occurredAt: dm.occurredAt,
      direction: ours ? "outbound" : "inbound",
      author: {
        ...(customer?.name ? { name: customer.name } : {}),
        identities: [twitterIdentity(customerId, customer)],
      },
      text: dm.text,
      attachments: [],
      metadata: {
        source,
        visibility: "private",
        xDmEventId: dm.id,
        dmConversationId: dm.conversationId,
        ...(dm.hasAttachment ? { hasMedia: true } : {}),
      },
    },
  ];
}
