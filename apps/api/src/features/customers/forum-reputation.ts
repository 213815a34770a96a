import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

export interface ForumReputation {
  /** Forum posts the customer wrote, topics and answers alike. */
  posts: number;
  /** Public topics the customer opened (their own questions). */
  topicsStarted: number;
  /** Accepted answers they wrote in other people's topics. */
  solutionsGiven: number;
  /** Their posts in other people's topics that the asker marked helpful. */
  helpfulGiven: number;
}

/**
 * A customer's standing in the forum, from what Emma stored of it: their posts by the timeline's
 * customer index, their topics by the conversations' customer index, answers through the answer's
 * conversation by primary key. null when the customer has no forum account.
 */
export async function forumReputation(
  db: Kysely<Database>,
  customerId: string,
): Promise<ForumReputation | null> {
  const { rows } = await sql<ForumReputation & { forum_accounts: number }>`
    select
      (select count(*)::int from identities where customer_id = ${customerId} and kind = 'forum') as forum_accounts,
      (select count(*)::int from conversations
        where customer_id = ${customerId} and channel = 'forum' and public_thread) as "topicsStarted",
      count(*)::int as posts,
      (count(*) filter (
        where c.solution_event_id = e.id and c.solution_kind = 'accepted' and c.customer_id is distinct from e.customer_id
      ))::int as "solutionsGiven",
      (count(*) filter (
        where e.metadata->'solution'->>'how' = 'helpful' and c.customer_id is distinct from e.customer_id
      ))::int as "helpfulGiven"
    from timeline_events e
    left join conversations c on c.id = e.conversation_id
    where e.customer_id = ${customerId} and e.kind = 'forum_post' and e.direction = 'inbound'
  `.execute(db);
  const row = rows[0];
  if (!row || row.forum_accounts === 0) return null;
  return {
    posts: row.posts,
    topicsStarted: row.topicsStarted,
    solutionsGiven: row.solutionsGiven,
    helpfulGiven: row.helpfulGiven,
  };
}
