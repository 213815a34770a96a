import { COMMUNITY_SUGGESTIONS, type CommunityQuery } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

export interface RelatedTopicRow {
  conversation_id: string;
  title: string | null;
  solved: boolean;
  score: number;
  last_activity_at: Date;
  url: string | null;
  post_count: number;
  answer_text: string | null;
  answer_author: string | null;
}

/**
 * Forum topics whose question (the opening post, with the title) shares words with the customer's,
 * solved first, then by score (the weights of the question's words it contains), then the most
 * recently active. Only public topics still at the forum, never `exceptId` (the conversation being
 * answered); a removed post neither matches nor counts. The opening post's condition is the
 * predicate of `timeline_forum_opening_search_idx` (migration 0017), literally, so the planner
 * may use it.
 */
export async function findRelatedTopics(
  db: Kysely<Database>,
  props: { query: CommunityQuery; exceptId: string },
): Promise<RelatedTopicRow[]> {
  const { query } = props;
  const termQueries = query.terms.map(
    (term, i) => sql`to_tsquery('german', ${term.query}) as ${sql.id(`t${i}`)}`,
  );
  const score = sql.join(
    query.terms.map(
      (term, i) =>
        sql`case when e.search_folded @@ q.${sql.id(`t${i}`)} then ${term.weight}::float8 else 0 end`,
    ),
    sql` + `,
  );
  const result = await sql<RelatedTopicRow>`
    with q as materialized (
      select to_tsquery('german', ${query.match}) as match, ${sql.join(termQueries)}
    ),
    topics as materialized (
      select e.conversation_id, max(${score}) as score
      from timeline_events e cross join q
      where e.kind = 'forum_post' and e.metadata->>'postNumber' = '1' and e.search_folded @@ q.match
        and e.metadata->'removed' is null
        and e.conversation_id <> ${props.exceptId}::uuid
      group by e.conversation_id
    ),
    best as (
      select c.id, c.subject, c.solution_event_id, c.last_message_at, t.score
      from topics t join conversations c on c.id = t.conversation_id
      where c.channel = 'forum' and c.public_thread and c.thread_removed_at is null
      order by (c.solution_event_id is not null) desc, t.score desc, c.last_message_at desc, c.id
      limit ${COMMUNITY_SUGGESTIONS}
    )
    select b.id as conversation_id, b.subject as title, b.solution_event_id is not null as solved,
      b.score, b.last_message_at as last_activity_at,
      (select p.metadata->>'url' from timeline_events p
        where p.conversation_id = b.id and p.kind = 'forum_post' and p.metadata ? 'url'
        order by p.occurred_at, p.id limit 1) as url,
      (select count(*)::int from timeline_events p
        where p.conversation_id = b.id and p.kind = 'forum_post' and p.metadata->'removed' is null) as post_count,
      a.body_text as answer_text, a.author_name as answer_author
    from best b
    left join timeline_events a on a.id = b.solution_event_id and a.metadata->'removed' is null
    order by b.solution_event_id is not null desc, b.score desc, b.last_message_at desc, b.id
  `.execute(db);
  return result.rows;
}
