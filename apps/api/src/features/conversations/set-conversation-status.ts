import type { ConversationSetStatusInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Caller } from "../../trpc/context.ts";
import { loadConversation } from "./load-conversation.ts";
import { waitingAfter } from "./waiting-columns.ts";
import { publishConversationChanged, recordAgentEvent } from "./record-agent-event.ts";

interface SetStatusProps {
  caller: Caller;
  input: ConversationSetStatusInput;
  ip: string | null;
  now: Date;
}

/** The furthest a conversation can be snoozed: beyond that it is forgotten, not snoozed. */
export const MAX_SNOOZE_MS = 366 * 24 * 60 * 60 * 1000;

export async function setConversationStatus(db: Kysely<Database>, props: SetStatusProps) {
  return db.transaction().execute((trx) => setStatusInTransaction(trx, props));
}

/**
 * The status change inside a caller's transaction, so a reply, a macro or a bulk action can change the
 * status in the same commit as what they do.
 */
export async function setStatusInTransaction(trx: Transaction<Database>, props: SetStatusProps) {
  const { caller, input, now } = props;
  if (input.status === "snoozed" && input.snoozedUntil) {
    // The contract cannot know the time; the wake-up job would reopen a past date at once.
    if (input.snoozedUntil.getTime() <= now.getTime())
      throw new TRPCError({ code: "BAD_REQUEST", message: "Pick a time in the future to snooze until" });
    if (input.snoozedUntil.getTime() - now.getTime() > MAX_SNOOZE_MS)
      throw new TRPCError({
        code: "BAD_REQUEST",
        message: "A conversation can be snoozed for a year at most",
      });
  }
  const before = await loadConversation(trx, input.conversationId, { forUpdate: true });
  if (before.status === input.status && input.status !== "snoozed") {
    return { id: before.id, status: before.status };
  }
  const after = await trx
    .updateTable("conversations")
    .set({
      status: input.status,
      snoozed_until: input.status === "snoozed" ? (input.snoozedUntil ?? null) : null,
      resolved_at: input.status === "resolved" ? now : null,
      updated_at: now,
      // Resolved, or pending on the customer: nothing is owed until they write again.
      ...(input.status === "resolved" || input.status === "pending"
        ? waitingAfter(before, { kind: "settled", at: now })
        : {}),
    })
    .where("id", "=", before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const change = {
    from: before.status,
    to: after.status,
    snoozedUntil: after.snoozed_until?.toISOString() ?? null,
  };
  await recordAgentEvent(trx, {
    conversation: after,
    kind: "status_change",
    direction: "internal",
    author: caller,
    text: "",
    metadata: change,
    now,
  });
  await publishConversationChanged(trx, after);
  await writeAudit(trx, {
    actorUserId: caller.userId,
    action: "conversation.status_changed",
    subjectType: "conversation",
    subjectId: after.id,
    customerId: after.customer_id,
    details: change,
    ip: props.ip,
    at: now,
  });
  return { id: after.id, status: after.status };
}
