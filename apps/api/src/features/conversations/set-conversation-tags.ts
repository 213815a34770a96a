import { changeTags, tagListSchema, type ConversationSetTagsInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Caller } from "../../trpc/context.ts";
import { loadConversation } from "./load-conversation.ts";
import { publishConversationChanged } from "./record-agent-event.ts";

interface SetTagsProps {
  caller: Caller;
  input: ConversationSetTagsInput;
  ip: string | null;
  now: Date;
}

export async function setConversationTags(db: Kysely<Database>, props: SetTagsProps) {
  return db.transaction().execute((trx) => setTagsInTransaction(trx, props));
}

/**
 * Adds and removes tags (core's normal form, each once). A tag nobody used before is created by
 * using it, so the next agent is offered it. Unchanged tags write nothing.
 */
export async function setTagsInTransaction(trx: Transaction<Database>, props: SetTagsProps) {
  const { caller, input, now } = props;
  const before = await loadConversation(trx, input.conversationId, { forUpdate: true });
  const tags = changeTags(before.tags, input.add, input.remove);
  if (tags.length === before.tags.length && tags.every((tag, i) => tag === before.tags[i])) {
    return { id: before.id, tags, changed: false };
  }
  const allowed = tagListSchema.safeParse(tags);
  if (!allowed.success)
    throw new TRPCError({ code: "BAD_REQUEST", message: "A conversation has at most 20 tags" });
  const added = tags.filter((tag) => !before.tags.includes(tag));
  if (added.length > 0) {
    await trx
      .insertInto("conversation_tags")
      .values(added.map((tag) => ({ tag, created_by: caller.userId, created_at: now })))
      .onConflict((oc) => oc.column("tag").doNothing())
      .execute();
  }
  const after = await trx
    .updateTable("conversations")
    .set({ tags, updated_at: now })
    .where("id", "=", before.id)
    .returningAll()
    .executeTakeFirstOrThrow();
  await publishConversationChanged(trx, after);
  await writeAudit(trx, {
    actorUserId: caller.userId,
    action: "conversation.tagged",
    subjectType: "conversation",
    subjectId: after.id,
    customerId: after.customer_id,
    details: { from: before.tags, to: after.tags },
    ip: props.ip,
    at: now,
  });
  return { id: after.id, tags: after.tags, changed: true };
}
