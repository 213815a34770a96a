import { changeTags } from "@emma/core";
import type { Transaction } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { loadConversation } from "../conversations/load-conversation.ts";
import { publishConversationChanged } from "../conversations/record-agent-event.ts";

interface AddTagsProps {
  caller: Caller;
  conversationId: string;
  /** Tags in core's normal form (tagSchema). */
  add: readonly string[];
  ip: string | null;
  now: Date;
}

/** Adds tags inside a caller's transaction; a tag already there is not added twice. */
export async function addTagsInTransaction(
  trx: Transaction<Database>,
  props: AddTagsProps,
): Promise<string[]> {
  const before = await loadConversation(trx, props.conversationId, { forUpdate: true });
  const tags = changeTags(before.tags, props.add, []);
  if (tags.length === before.tags.length) return before.tags;
  const after = await trx
    .updateTable("conversations")
    .set({ tags, updated_at: props.now })
    .where("id", "=", before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await publishConversationChanged(trx, after);
  await writeAudit(trx, {
    actorUserId: props.caller.userId,
    action: "conversation.tagged",
    subjectType: "conversation",
    subjectId: after.id,
    customerId: after.customer_id,
    details: { from: before.tags, to: after.tags },
    ip: props.ip,
    at: props.now,
  });
  return after.tags;
}
