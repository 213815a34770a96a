import { sql, type Kysely } from "kysely";

/**
 * Items written by agents keep the agent's name in author_name, as it was when they were written
 * (like a mail's sender): timeline pages then read one table and the conversation's subject, not a
 * join on users for every page. Older items get their author's current name. No `down`: the names
 * stay, as what the items showed.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    update timeline_events e set author_name = u.display_name
    from users u
    where u.id = e.author_user_id and e.author_name is null
  `.execute(db);
}

