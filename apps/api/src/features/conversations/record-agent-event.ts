import { parseItemMetadata, type ItemMetadata, type TimelineKind } from "@emma/core";
import type { Transaction } from "kysely";
import type { ConversationRow, Database } from "../../db/schema.ts";
import { publish } from "../../realtime/publish.ts";
import type { Caller } from "../../trpc/context.ts";

type AgentKind = Extract<
  TimelineKind,
  "message" | "note" | "status_change" | "assignment" | "caller_attached"
>;

interface AgentEventProps<K extends AgentKind> {
  conversation: ConversationRow;
  kind: K;
  direction: "outbound" | "internal";
  author: Pick<Caller, "userId" | "displayName">;
  text: string;
  subject?: string | null;
  /** A formatted e-mail reply's sanitized HTML, shown instead of `text`. */
  html?: string | null;
  /** Core's metadata of this kind; parsed before it is written. */
  metadata: ItemMetadata<K>;
  now: Date;
}

/**
 * A timeline item made by an agent's action (reply, note, status change, assignment). Its provenance
 * is the user (author_user_id); it belongs to the conversation's customer. The agent's name is kept
 * with the item as it was when written, like the sender of a mail: the timeline reads it without
 * a join on users.
 */
export async function recordAgentEvent<K extends AgentKind>(
  trx: Transaction<Database>,
  props: AgentEventProps<K>,
): Promise<string> {
  const { conversation } = props;
  const row = await trx
    .insertInto("timeline_events")
    .values({
      customer_id: conversation.customer_id,
      origin_customer_id: conversation.origin_customer_id,
      conversation_id: conversation.id,
      conversation_subject: conversation.subject,
      connector_id: conversation.connector_id,
      channel: conversation.channel,
      kind: props.kind,
      direction: props.direction,
      occurred_at: props.now,
      author_user_id: props.author.userId,
      author_name: props.author.displayName,
      subject: props.subject ?? null,
      body_text: props.text,
      body_html: props.html ?? null,
      metadata: JSON.stringify(parseItemMetadata(props.kind, props.metadata)),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await publish(trx, {
    topic: "timeline.created",
    userIds: null,
    payload: {
      customerId: conversation.customer_id,
      conversationId: conversation.id,
      eventId: row.id,
      channel: conversation.channel,
      kind: props.kind,
    },
  });
  return row.id;
}

export async function publishConversationChanged(
  trx: Transaction<Database>,
  conversation: ConversationRow,
): Promise<void> {
  await publish(trx, {
    topic: "conversation.changed",
    userIds: null,
    payload: { conversationId: conversation.id, customerId: conversation.customer_id },
  });
}
