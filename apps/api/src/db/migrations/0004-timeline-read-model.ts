import { sql, type Kysely } from "kysely";

/**
 * A timeline page reads one table: everything an item shows is on its row. Items written by agents
 * keep the agent's name in author_name, as it was when they were written (like a mail's sender),
 * and every item keeps its conversation's subject (set when the conversation is made and never
 * changed since). Without them each page joined users and probed conversations once per row, which
 * cost PostgreSQL a third of the page's CPU (bench/timeline-latency.ts). Older items are filled in
 * from their author's current name and their conversation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`alter table timeline_events add column conversation_subject text`.execute(db);
  await sql`
    update timeline_events e set author_name = u.display_name
    from users u
    where u.id = e.author_user_id and e.author_name is null
  `.execute(db);
  await sql`
    update timeline_events e set conversation_subject = c.subject
    from conversations c
    where c.id = e.conversation_id and c.subject is not null
  `.execute(db);
}

/** Agents' names stay in author_name: they are what the items showed. */
export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`alter table timeline_events drop column conversation_subject`.execute(db);
}
