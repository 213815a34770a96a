import { sql, type Kysely } from "kysely";

/**
 * Community answers (`community.suggestions`, issue 12) find a forum topic by its question: the
 * opening post, which carries the topic's title and says what the problem is. Answers are left
 * out of the match: "Danke!", "same here" and other topics' words would only widen it, and they
 * are six in seven of a forum's posts. So the index holds opening posts only, a partial GIN index
 * over `search_folded`:
 * - through the index of every item, a question's words ("Karte", "gesperrt") would also match
 *   every e-mail and call that says them, millions at a bank, each fetched only to be dropped;
 * - through one over all forum posts, a common question at 100,000 posts matched 6,247 posts in
 *   937 topics, 80 ms in the index and 137 ms in all; over opening posts, the same 937 topics in
 *   5 ms (bench/community-suggestions.ts).
 * A per-topic document was not needed, and every new post would have had to rewrite its topic's row.
 * The predicate's text is repeated literally by find-related-topics.ts, so the planner may use it.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create index timeline_forum_opening_search_idx on timeline_events using gin (search_folded)
    where kind = 'forum_post' and metadata->>'postNumber' = '1'
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`drop index timeline_forum_opening_search_idx`.execute(db);
}
