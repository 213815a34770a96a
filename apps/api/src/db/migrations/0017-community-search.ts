import { sql, type Kysely } from "kysely";

/**
 * Community answers (`community.suggestions`, issue 12) search forum posts only. A partial GIN
 * index over `search_folded` of forum posts keeps that search's cost with the forum's size: through
 * the index of every item, a question's words ("Karte", "gesperrt") also match every e-mail and
 * call that says them, millions at a bank, each fetched only to be dropped for its kind. A per-topic
 * document was not needed: scoring the matching posts of 100,000 stays within the target
 * (bench/community-suggestions.ts), and every new post would have had to rewrite its topic's row.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index timeline_forum_search_idx on timeline_events using gin (search_folded) where kind = 'forum_post'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index timeline_forum_search_idx`.execute(db);
}
