import type { CustomerQuestion } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * What the customer asks in a conversation: its subject and their newest message. The newest, not
 * the first: after "Hallo?" or a reply to our question, it is what the agent answers now.
 */
export async function customerQuestion(
  db: Kysely<Database>,
  conversation: { id: string; subject: string | null },
): Promise<CustomerQuestion> {
  const newest = await db
    .selectFrom("timeline_events")
    .select("body_text")
    .where("conversation_id", "=", conversation.id)
    .where("direction", "=", "inbound")
    .where("kind", "in", ["message", "forum_post", "voicemail", "call"])
    .orderBy("occurred_at", "desc")
    .orderBy("id", "desc")
    .limit(1)
    .executeTakeFirst();
  return { subject: conversation.subject, text: newest?.body_text ?? null };
}
