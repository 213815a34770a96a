import { can, planMacro, permissionsForPlan, type MacroApplyInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { assignInTransaction } from "../conversations/assign-conversation.ts";
import { loadConversation } from "../conversations/load-conversation.ts";
import { replyInTransaction } from "../conversations/reply-to-conversation.ts";
import { setStatusInTransaction } from "../conversations/set-conversation-status.ts";
import { setTagsInTransaction } from "../conversations/set-conversation-tags.ts";
import { macroActionsOf } from "./macro-presenter.ts";
import { usableMacroQuery } from "./macro-query.ts";
import { lockKeys } from "../../db/advisory-locks.ts";

interface ApplyProps {
  caller: Caller;
  input: MacroApplyInput;
  ip: string | null;
  now: Date;
}

export interface MacroApplication {
  applicationId: string;
  conversationId: string;
  /** The queued reply; null for an actions-only macro. */
  outboxId: string | null;
}

/**
 * Reply, tags, assignment and status in one transaction: all of them or, when one is refused (a
 * closed Messenger window, an agent assigning a colleague), none. The idempotency key makes a double
 * press one application.
 */
export async function applyMacro(db: Kysely<Database>, props: ApplyProps): Promise<MacroApplication> {
  return db.transaction().execute((trx) => applyInTransaction(trx, props));
}

async function applyInTransaction(trx: Transaction<Database>, props: ApplyProps): Promise<MacroApplication> {
  const { caller, input, now } = props;
  // Two presses at once: the second waits here, then finds the first one's row.
  await lockKeys(trx, [`macro:${input.idempotencyKey}`], "wait");
  const earlier = await trx
    .selectFrom("macro_applications")
    .select(["id", "conversation_id", "reply_outbox_id"])
    .where("idempotency_key", "=", input.idempotencyKey)
    .executeTakeFirst();
  if (earlier) {
    if (earlier.conversation_id !== input.conversationId)
      throw new TRPCError({
        code: "CONFLICT",
        message: "This key was already used for another conversation",
      });
    return {
      applicationId: earlier.id,
      conversationId: earlier.conversation_id,
      outboxId: earlier.reply_outbox_id,
    };
  }
  const macro = await usableMacroQuery(trx, caller.userId)
    .where("m.id", "=", input.macroId)
    .executeTakeFirst();
  if (!macro) throw new TRPCError({ code: "NOT_FOUND", message: "No such macro for your teams" });
  const conversation = await loadConversation(trx, input.conversationId, { forUpdate: true });
  const customer =
    conversation.customer_id === null
      ? undefined
      : await trx
          .selectFrom("customers")
          .select("display_name")
          .where("id", "=", conversation.customer_id)
          .executeTakeFirst();
  const planned = planMacro(macroActionsOf(macro), {
    callerId: caller.userId,
    agentName: caller.displayName,
    customerName: customer?.display_name ?? null,
    currentAssigneeId: conversation.assignee_id,
    currentTeamId: conversation.team_id,
  });
  if (!planned.ok) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: `The macro's reply needs ${planned.unresolved.join(", ")}, which this conversation does not have: please answer by hand`,
    });
  }
  const { plan } = planned;
  // The thread orders items by time: a millisecond apart, they read in the order the macro took them
  // (reply, assignment, status) instead of by their random ids.
  const stepAt = (step: number) => new Date(now.getTime() + step);
  const missing = permissionsForPlan(plan, caller.userId).filter(
    (permission) => !can(caller.role, permission),
  );
  if (missing.includes("conversation.assignOthers"))
    throw new TRPCError({ code: "FORBIDDEN", message: "Agents can assign conversations only to themselves" });
  if (missing.length > 0)
    throw new TRPCError({ code: "FORBIDDEN", message: `Your role (${caller.role}) may not do this` });

  const reply =
    plan.reply === null
      ? null
      : await replyInTransaction(trx, {
          caller,
          input: {
            conversationId: conversation.id,
            text: plan.reply,
            idempotencyKey: `macro:${input.idempotencyKey}`,
          },
          ip: props.ip,
          now,
        });
  if (plan.addTags.length > 0)
    await setTagsInTransaction(trx, {
      caller,
      input: { conversationId: conversation.id, add: plan.addTags, remove: [] },
      ip: props.ip,
      now,
    });
  if (plan.assignment)
    await assignInTransaction(trx, {
      caller,
      input: { conversationId: conversation.id, ...plan.assignment },
      ip: props.ip,
      now: stepAt(1),
    });
  if (plan.status)
    await setStatusInTransaction(trx, {
      caller,
      input: { conversationId: conversation.id, status: plan.status },
      ip: props.ip,
      now: stepAt(2),
    });

  const application = await trx
    .insertInto("macro_applications")
    .values({
      idempotency_key: input.idempotencyKey,
      macro_id: macro.id,
      conversation_id: conversation.id,
      reply_outbox_id: reply?.outboxId ?? null,
      applied_by: caller.userId,
      applied_at: now,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await writeAudit(trx, {
    actorUserId: caller.userId,
    action: "macro.applied",
    subjectType: "conversation",
    subjectId: conversation.id,
    customerId: conversation.customer_id,
    details: {
      applicationId: application.id,
      macroId: macro.id,
      title: macro.title,
      ...plan,
      outboxId: reply?.outboxId ?? null,
    },
    ip: props.ip,
    at: now,
  });
  return {
    applicationId: application.id,
    conversationId: conversation.id,
    outboxId: reply?.outboxId ?? null,
  };
}
