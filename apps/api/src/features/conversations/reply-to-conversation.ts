import {
  outboxPayloadSchema,
  replyExtrasRefusal,
  replyRefusal,
  replySubject,
  type ConversationReplyInput,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Caller } from "../../trpc/context.ts";
import { conversationReplyRules } from "./conversation-reply-rules.ts";
import { loadConversation } from "./load-conversation.ts";
import { refuseErasedCustomer } from "./refuse-erased-customer.ts";
import { replyParts } from "./email-reply-parts.ts";
import { replyRefusalMessage } from "./reply-refusal-message.ts";
import { waitingAfter } from "./waiting-columns.ts";
import { publishConversationChanged, recordAgentEvent } from "./record-agent-event.ts";
import { setStatusInTransaction } from "./set-conversation-status.ts";
import { lockKeys } from "../../db/advisory-locks.ts";

interface ReplyProps {
  caller: Caller;
  input: ConversationReplyInput;
  ip: string | null;
  now: Date;
}

/**
 * A reply on the conversation's own channel. It goes to the outbox in the same transaction as its
 * timeline item (and the status change the agent chose with it, if any); the outbox worker sends it.
 * The idempotency key makes a double submit one reply.
 */
export async function replyToConversation(db: Kysely<Database>, props: ReplyProps) {
  return db.transaction().execute((trx) => replyInTransaction(trx, props));
}

/** The reply inside a caller's transaction, so a macro can send it in the same commit as its other changes. */
export async function replyInTransaction(trx: Transaction<Database>, props: ReplyProps) {
  const { caller, input, now } = props;
  // Two submits of one reply at once: the second waits here, then finds the first one's row.
  await lockKeys(trx, [`reply:${input.idempotencyKey}`], "wait");
  const existing = await trx
    .selectFrom("outbox")
    .select(["id", "timeline_event_id", "conversation_id", "status"])
    .where("idempotency_key", "=", input.idempotencyKey)
    .executeTakeFirst();
  if (existing) {
    if (existing.conversation_id !== input.conversationId) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "This reply key was already used for another conversation",
      });
    }
    return { outboxId: existing.id, eventId: existing.timeline_event_id, status: existing.status };
  }
  const conversation = await loadConversation(trx, input.conversationId, { forUpdate: true });
  await refuseErasedCustomer(trx, conversation.customer_id);
  // Whatever the provider would refuse is refused here, so nothing is queued that cannot go out.
  const connection =
    conversation.connector_id === null
      ? undefined
      : await trx
          .selectFrom("connectors")
          .select(["kind", "config"])
          .where("id", "=", conversation.connector_id)
          .executeTakeFirst();
  const rules = conversationReplyRules(conversation, connection, now);
  const refusal = replyRefusal(rules, conversation.channel, input);
  if (refusal) throw new TRPCError({ code: "BAD_REQUEST", message: replyRefusalMessage(refusal) });
  const extrasRefusal = replyExtrasRefusal(conversation.channel, input);
  if (extrasRefusal) throw new TRPCError({ code: "BAD_REQUEST", message: extrasRefusal });
  const parts = await replyParts(trx, input);
  const visibility = input.visibility ?? rules.defaultVisibility;
  const subject =
    conversation.channel === "email"
      ? (input.subject ?? (replySubject(conversation.subject ?? "") || "Ihre Anfrage / Your request"))
      : null;
  const eventId = await recordAgentEvent(trx, {
    conversation,
    kind: "message",
    direction: "outbound",
    author: caller,
    text: parts.text,
    html: parts.html,
    subject,
    // Social replies say where they went: in the public thread, or privately; mail to whom, with which files.
    metadata: {
      delivery: "queued",
      ...(visibility === null ? {} : { visibility }),
      ...(parts.recipients ? { recipients: parts.recipients } : {}),
      ...(parts.attachments.length > 0 ? { attachments: parts.attachments } : {}),
    },
    now,
  });
  const outbox = await trx
    .insertInto("outbox")
    .values({
      conversation_id: conversation.id,
      connector_id: conversation.connector_id,
      timeline_event_id: eventId,
      idempotency_key: input.idempotencyKey,
      payload: JSON.stringify(
        outboxPayloadSchema.parse({
          channel: conversation.channel,
          text: parts.text,
          subject,
          threadKey: conversation.external_thread_key,
          visibility: visibility ?? "public",
          ...(parts.html === null ? {} : { html: parts.html }),
          ...(parts.recipients ? { recipients: parts.recipients } : {}),
          attachments: parts.attachments,
        }),
      ),
      created_by: caller.userId,
      created_at: now,
      next_attempt_at: now,
    })
    .returning(["id", "status"])
    .executeTakeFirstOrThrow();
  const updated = await trx
    .updateTable("conversations")
    .set((eb) => ({
      first_response_at: eb.fn.coalesce("first_response_at", eb.val(now)),
      last_message_at: now,
      updated_at: now,
      ...waitingAfter(conversation, { kind: "answered", at: now }),
    }))
    .where("id", "=", conversation.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await publishConversationChanged(trx, updated);
  await writeAudit(trx, {
    actorUserId: caller.userId,
    action: "conversation.replied",
    subjectType: "conversation",
    subjectId: conversation.id,
    customerId: conversation.customer_id,
    details: { outboxId: outbox.id, eventId },
    ip: props.ip,
    at: now,
  });
  if (input.statusAfter) {
    await setStatusInTransaction(trx, {
      caller,
      input: { conversationId: conversation.id, status: input.statusAfter },
      ip: props.ip,
      // A millisecond later, so the thread shows the reply first and then what became of the conversation.
      now: new Date(now.getTime() + 1),
    });
  }
  return { outboxId: outbox.id, eventId, status: outbox.status };
}
