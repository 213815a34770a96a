import { randomUUID } from "node:crypto";
import { outboxPayloadSchema, type Mailbox } from "@emma/core";
import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { publishConversationChanged, recordAgentEvent } from "./record-agent-event.ts";

/** The thread key of a conversation Emma began: no provider id exists before the first mail leaves. */
const STARTED_THREAD_PREFIX = "emma-started:";

interface StartEmailProps {
  caller: Pick<Caller, "userId" | "displayName">;
  customerId: string;
  identityId: string;
  connectorId: string;
  to: Mailbox;
  subject: string;
  /** What goes out. */
  text: string;
  /** What the timeline shows of it, when agents must not read all of it (a one-time code). */
  shownText?: string;
  now: Date;
}

/**
 * A new e-mail conversation begun by us, not by the customer: the mail is the first item, queued in
 * the same transaction. It is settled at once (nobody waits for an answer, so it is in no queue and
 * no report counts it as a contact); the customer's answer threads into it through the reply token
 * like any answer to our mail, and opens it again.
 */
export async function startEmailConversation(trx: Transaction<Database>, props: StartEmailProps) {
  const { now } = props;
  const conversation = await trx
    .insertInto("conversations")
    .values({
      customer_id: props.customerId,
      origin_customer_id: props.customerId,
      connector_id: props.connectorId,
      channel: "email",
      external_thread_key: `${STARTED_THREAD_PREFIX}${randomUUID()}`,
      identity_id: props.identityId,
      subject: props.subject,
      status: "resolved",
      created_at: now,
      updated_at: now,
      last_message_at: now,
      first_response_at: now,
      answered_at: now,
      resolved_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  const recipients = { to: [props.to], cc: [], bcc: [] };
  const eventId = await recordAgentEvent(trx, {
    conversation,
    kind: "message",
    direction: "outbound",
    author: props.caller,
    text: props.shownText ?? props.text,
    subject: props.subject,
    metadata: { delivery: "queued", recipients },
    now,
  });
  const outbox = await trx
    .insertInto("outbox")
    .values({
      conversation_id: conversation.id,
      connector_id: props.connectorId,
      timeline_event_id: eventId,
      idempotency_key: `started:${conversation.id}`,
      payload: JSON.stringify(
        outboxPayloadSchema.parse({
          channel: "email",
          text: props.text,
          subject: props.subject,
          threadKey: conversation.external_thread_key,
          visibility: "private",
          recipients,
        }),
      ),
      created_by: props.caller.userId,
      created_at: now,
      next_attempt_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await publishConversationChanged(trx, conversation);
  return { conversationId: conversation.id, eventId, outboxId: outbox.id };
}
