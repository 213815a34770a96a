import type { InboundMessage, RawIdentity } from "@emma/core";
import { readAttachments } from "./messenger-attachments.ts";
import { messengerThreadKey } from "./thread-keys.ts";
import { epochDate, messagingEventSchema, type MessagingEvent } from "./webhook-payload.ts";

export interface MessagingContext {
  pageId: string;
  appId: string;
  /** Meta's `standby[]`: the handover protocol gave the thread to another app; we only watch. */
  standby: boolean;
  /** The entry's time, for events that carry none of their own. */
  entryTime: Date;
}

/**
 * One Messenger event (Messenger Platform webhook events: messages, message_echoes, message_edits,
 * message_deliveries, message_reads, messaging_postbacks) as at most one message. Events Emma does
 * not keep (reactions, opt-ins, referrals, handovers) and events of no person give none.
 */
export function parseMessagingEvent(raw: unknown, context: MessagingContext): InboundMessage | undefined {
  const parsed = messagingEventSchema.safeParse(raw);
  if (!parsed.success) return undefined;
  const event = parsed.data;
  const occurredAt = event.timestamp === undefined ? context.entryTime : epochDate(event.timestamp);
  // Echoes run from the Page to the person; everything else from the person to the Page.
  const echo = event.message?.is_echo === true;
  const psid = echo ? event.recipient.id : event.sender.id;
  // A sender known only by user_ref (checkbox plugin) has no conversation yet.
  if (psid === undefined || psid === context.pageId) return undefined;
  const base = {
    channel: "facebook" as const,
    kind: "message" as const,
    threadKey: messengerThreadKey(psid),
    occurredAt,
    author: { identities: [customer(psid)] },
    attachments: [],
  };
  const facts = { source: "messenger", ...(context.standby ? { standby: true } : {}) };

  if (event.message) return messageItem(event.message, base, facts, echo, context);
  if (event.message_edit) {
    return {
      ...base,
      direction: "inbound",
      externalId: event.message_edit.mid,
      text: event.message_edit.text,
      change: { type: "edit", editedAt: occurredAt },
      metadata: {
        ...facts,
        ...(event.message_edit.num_edit === undefined ? {} : { editCount: event.message_edit.num_edit }),
      },
    };
  }
  if (event.delivery)
    return receipt(base, facts, psid, "delivered", event.delivery.watermark, event.delivery.mids);
  if (event.read) return receipt(base, facts, psid, "read", event.read.watermark, undefined);
  if (event.postback) {
    const { mid, title, payload } = event.postback;
    return {
      ...base,
      direction: "inbound",
      // Postbacks from the persistent menu carry no mid; the time and person identify the tap.
      externalId: mid ?? `postback:${psid}:${occurredAt.getTime()}`,
      text: title ?? payload ?? "",
      metadata: { ...facts, postback: { title, payload } },
    };
  }
  return undefined;
}

type Base = Pick<InboundMessage, "channel" | "kind" | "threadKey" | "occurredAt" | "author" | "attachments">;

function messageItem(
  message: NonNullable<MessagingEvent["message"]>,
  base: Base,
  facts: Record<string, unknown>,
  echo: boolean,
  context: MessagingContext,
): InboundMessage {
  const direction = echo ? "outbound" : "inbound";
  const sentBy = echo
    ? // Our own sends echo with our app id; answers typed in Meta's inbox (or by another app) do not.
      {
        sentBy: message.app_id === context.appId ? "emma" : "page",
        ...(message.app_id ? { appId: message.app_id } : {}),
      }
    : {};
  if (message.is_deleted) {
    // Unsent (Messenger's "remove for everyone"): the item is marked, never dropped.
    return {
      ...base,
      direction,
      externalId: message.mid,
      text: "",
      change: { type: "delete", deletedAt: base.occurredAt, by: echo ? "moderator" : "author", purge: false },
      metadata: { ...facts, ...sentBy },
    };
  }
  const { files, textParts } = readAttachments(message.attachments);
  const text = [message.text, ...textParts].filter((part): part is string => Boolean(part)).join("\n");
  return {
    ...base,
    direction,
    externalId: message.mid,
    text,
    attachments: files,
    metadata: {
      ...facts,
      ...sentBy,
      ...(message.quick_reply ? { quickReplyPayload: message.quick_reply.payload } : {}),
      ...(message.reply_to ? { replyToMid: message.reply_to.mid } : {}),
    },
  };
}

/** A watermark: every message the Page sent up to it was delivered (read); no item of its own. */
function receipt(
  base: Base,
  facts: Record<string, unknown>,
  psid: string,
  status: "delivered" | "read",
  watermark: number,
  mids: string[] | undefined,
): InboundMessage {
  const upTo = epochDate(watermark);
  return {
    ...base,
    direction: "inbound",
    externalId: `${messengerThreadKey(psid)}:${status}:${upTo.getTime()}`,
    text: "",
    change: { type: "receipt", status, upTo },
    metadata: { ...facts, ...(mids && mids.length > 0 ? { mids } : {}) },
  };
}

function customer(psid: string): RawIdentity {
  return { kind: "facebook", value: psid };
}
