import { can, type ConversationAssignInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Caller } from "../../trpc/context.ts";
import { loadConversation } from "./load-conversation.ts";
import { publishConversationChanged, recordAgentEvent } from "./record-agent-event.ts";

interface AssignProps {
  caller: Caller;
  input: ConversationAssignInput;
  ip: string | null;
  now: Date;
}

/** Agents take conversations for themselves or hand them back; supervisors and admins assign anyone. */
export async function assignConversation(db: Kysely<Database>, props: AssignProps) {
  return db.transaction().execute((trx) => assignInTransaction(trx, props));
}

/** The assignment inside a caller's transaction, so a macro or a bulk action assigns in its own commit. */
export async function assignInTransaction(trx: Transaction<Database>, props: AssignProps) {
  const { caller, input } = props;
  const assigningOther = input.assigneeId !== null && input.assigneeId !== caller.userId;
  if (assigningOther && !can(caller.role, "conversation.assignOthers")) {
    throw new TRPCError({ code: "FORBIDDEN", message: "Agents can assign conversations only to themselves" });
  }
  const before = await loadConversation(trx, input.conversationId, { forUpdate: true });
  if (input.assigneeId) {
    const assignee = await trx
      .selectFrom("users")
      .select(["id", "active"])
      .where("id", "=", input.assigneeId)
      .executeTakeFirst();
    if (!assignee?.active)
      throw new TRPCError({ code: "BAD_REQUEST", message: "That user does not exist or is deactivated" });
  }
  if (input.teamId) {
    const team = await trx.selectFrom("teams").select("id").where("id", "=", input.teamId).executeTakeFirst();
    if (!team) throw new TRPCError({ code: "BAD_REQUEST", message: "No such team" });
  }
  const teamId = input.teamId === undefined ? before.team_id : input.teamId;
  const after = await trx
    .updateTable("conversations")
    .set({ assignee_id: input.assigneeId, team_id: teamId, updated_at: props.now })
    .where("id", "=", before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  const change = {
    from: { assigneeId: before.assignee_id, teamId: before.team_id },
    to: { assigneeId: after.assignee_id, teamId: after.team_id },
  };
  await recordAgentEvent(trx, {
    conversation: after,
    kind: "assignment",
    direction: "internal",
    author: caller,
    text: "",
    metadata: change,
    now: props.now,
  });
  await publishConversationChanged(trx, after);
  await writeAudit(trx, {
    actorUserId: caller.userId,
    action: "conversation.assigned",
    subjectType: "conversation",
    subjectId: after.id,
    customerId: after.customer_id,
    details: change,
    ip: props.ip,
    at: props.now,
  });
  return { id: after.id, assigneeId: after.assignee_id, teamId: after.team_id };
}
