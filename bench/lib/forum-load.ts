import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "./api.ts";
import {
  forumChatter,
  forumFiller,
  forumGreetings,
  forumProblems,
  forumSignOffs,
} from "./forum-vocabulary.ts";

/**
 * Bulk data for the community suggestions bench, made by PostgreSQL itself
 * (`insert … select … generate_series`), bypassing ingest: `topics` forum topics with `posts` posts
 * between them (a question, an answer, then agreement, thanks and questions back, with everyday
 * words around them), 40 % solved by their second post, 3 % private messages, 1 % removed at the
 * forum; and `mails` e-mails about the same problems, as customers also write them, which the
 * forum's own index must not have to wade through. The search indexes are dropped for the load and
 * built after it, as a restore would.
 */
export interface ForumLoad {
  topics: number;
  posts: number;
  mails: number;
  seconds: number;
}

const SEARCH_INDEXES = {
  timeline_search_idx: sql`create index timeline_search_idx on timeline_events using gin (search)`,
  timeline_search_folded_idx: sql`create index timeline_search_folded_idx on timeline_events using gin (search_folded)`,
  timeline_forum_opening_search_idx: sql`create index timeline_forum_opening_search_idx on timeline_events using gin (search_folded)
    where kind = 'forum_post' and metadata->>'postNumber' = '1'`,
};
const MEMBERS = 5000;
const MAIL_CONVERSATIONS = 20_000;

const texts = (values: readonly string[]) => sql`${sql.val(values)}::text[]`;
const uuidOf = (text: RawBuilder<unknown>) =>
  sql`overlay(overlay(md5(${text}) placing '4' from 13) placing '8' from 17)::uuid`;
const column = (pick: (problem: (typeof forumProblems)[number]) => string) => texts(forumProblems.map(pick));
const P = forumProblems.length;
const problem = {
  language: column((p) => p.language),
  titleA: column((p) => p.titles[0]),
  titleB: column((p) => p.titles[1]),
  questionA: column((p) => p.questions[0]),
  questionB: column((p) => p.questions[1]),
  answerA: column((p) => p.answers[0]),
  answerB: column((p) => p.answers[1]),
};
const byLanguage = (lists: { de: readonly string[]; en: readonly string[] }, index: RawBuilder<unknown>) =>
  sql`case when lang = 'de' then (${texts(lists.de)})[1 + ${index} % ${lists.de.length}]
    else (${texts(lists.en)})[1 + ${index} % ${lists.en.length}] end`;
const filler = (seed: RawBuilder<unknown>) =>
  sql`(select string_agg(${byLanguage(forumFiller, sql`(${seed} * 13 + w * 7)`)}, ' ') from generate_series(1, 1 + ${seed} % 4) w)`;

export async function loadForumData(
  db: Kysely<Database>,
  sizes: { topics: number; posts: number; mails: number },
  say: (line: string) => void,
): Promise<ForumLoad> {
  const started = performance.now();
  const { topics, posts, mails } = sizes;
  const [forum, mail] = await Promise.all(
    ["emma-inbound", "email"].map((kind) =>
      db
        .insertInto("connectors")
        .values({ kind, name: `community bench ${kind}`, config: JSON.stringify({}) })
        .returning("id")
        .executeTakeFirstOrThrow(),
    ),
  );
  if (!forum || !mail) throw new Error("the bench's connectors were not made");
  const member = uuidOf(sql`'forum-member-' || m`);
  await sql`
    insert into customers (id, display_name, locale)
    select ${member}, 'member_' || m, case when m % 4 = 0 then 'en' else 'de' end
    from generate_series(0, ${MEMBERS - 1}::int) m
  `.execute(db);
  const asker = uuidOf(sql`'forum-member-' || (t % ${MEMBERS})`);
  await sql`
    insert into conversations (id, customer_id, origin_customer_id, connector_id, channel, external_thread_key,
      subject, public_thread, status, created_at, last_message_at, thread_removed_at, thread_removed_by)
    select ${uuidOf(sql`'forum-topic-' || t`)}, ${asker}, ${asker}, ${forum.id}::uuid, 'forum', 'forum-topic-' || t,
      case when t % 2 = 0 then (${problem.titleA})[p] else (${problem.titleB})[p] end,
      t % 33 <> 0, 'resolved', at, at + interval '6 days',
      case when t % 97 = 0 then at + interval '7 days' end, case when t % 97 = 0 then 'moderator' end
    from (select t, 1 + (t * 7) % ${P} as p, timestamptz '2023-01-01' + (t::float8 / ${topics}) * interval '1000 days' as at
          from generate_series(1, ${topics}::int) t) topics
  `.execute(db);
  for (const name of Object.keys(SEARCH_INDEXES)) await sql`drop index ${sql.id(name)}`.execute(db);
  // Post g is post number n of topic t: every topic gets posts / topics of them, give or take one.
  await sql`
    insert into timeline_events (id, customer_id, origin_customer_id, conversation_id, connector_id, channel, kind,
      direction, occurred_at, author_name, subject, conversation_subject, body_text, metadata, external_id)
    select ${uuidOf(sql`'forum-post-' || g`)}, author, author, ${uuidOf(sql`'forum-topic-' || t`)}, ${forum.id}::uuid,
      'forum', 'forum_post', 'inbound', at + n * interval '3 hours', 'member_' || ((g * 31) % ${MEMBERS}), title, title,
      case
        when n = 1 then concat_ws(E'\n\n', ${byLanguage(forumGreetings, sql`g`)},
          initcap(left(question, 1)) || substr(question, 2) || ' ' || ${filler(sql`g`)},
          ${byLanguage(forumSignOffs, sql`g`)} || E'\n' || 'member_' || (t % ${MEMBERS}))
        when n = 2 then answer || ' ' || ${filler(sql`g`)}
        when g % 3 = 0 then ${byLanguage(forumChatter, sql`g`)} || ' ' || answer
        else ${byLanguage(forumChatter, sql`g`)} || ' ' || ${filler(sql`g`)}
      end,
      jsonb_build_object('topicId', t, 'postNumber', n,
        'url', 'https://forum.bench.example/t/topic-' || t || '/' || t || '/' || n),
      'forum-post-' || g
    from (
      select g, t, n, c.subject as title, c.created_at as at, ${uuidOf(sql`'forum-member-' || ((g * 31) % ${MEMBERS})`)} as author,
        (${problem.language})[p] as lang,
        case when t % 2 = 0 then (${problem.questionA})[p] else (${problem.questionB})[p] end as question,
        case when g % 2 = 0 then (${problem.answerA})[p] else (${problem.answerB})[p] end as answer
      from (select g, 1 + (g - 1) % ${topics}::int as t, 1 + (g - 1) / ${topics}::int as n
            from generate_series(1, ${posts}::int) g) numbered
      cross join lateral (select 1 + ((numbered.t) * 7) % ${P} as p) problem
      join conversations c on c.id = ${uuidOf(sql`'forum-topic-' || numbered.t`)}
    ) post
  `.execute(db);
  await sql`
    update conversations c set solution_event_id = ${uuidOf(sql`'forum-post-' || (t + ${topics}::int)`)},
      solution_kind = 'accepted', solved_at = c.created_at + interval '1 day', solved_by_community = true
    from generate_series(1, ${topics}::int) t
    where c.id = ${uuidOf(sql`'forum-topic-' || t`)} and t % 5 in (0, 1) and ${posts}::int >= t + ${topics}::int
  `.execute(db);
  say(`${topics.toLocaleString("en")} topics, ${posts.toLocaleString("en")} posts in ${seconds(started)} s`);
  await sql`
    insert into conversations (id, customer_id, origin_customer_id, connector_id, channel, external_thread_key, subject, status)
    select ${uuidOf(sql`'bench-mail-' || k`)}, ${uuidOf(sql`'forum-member-' || (k % ${MEMBERS})`)},
      ${uuidOf(sql`'forum-member-' || (k % ${MEMBERS})`)}, ${mail.id}::uuid, 'email', 'bench-mail-' || k,
      (${problem.titleA})[1 + k % ${P}], 'resolved'
    from generate_series(1, ${MAIL_CONVERSATIONS}::int) k
  `.execute(db);
  await sql`
    insert into timeline_events (customer_id, origin_customer_id, conversation_id, connector_id, channel, kind,
      direction, occurred_at, subject, body_text, external_id)
    select ${uuidOf(sql`'forum-member-' || (k % ${MEMBERS})`)}, ${uuidOf(sql`'forum-member-' || (k % ${MEMBERS})`)},
      ${uuidOf(sql`'bench-mail-' || k`)}, ${mail.id}::uuid, 'email', 'message',
      case when g % 2 = 0 then 'inbound' else 'outbound' end,
      timestamptz '2023-01-01' + (g::float8 / ${mails}) * interval '1000 days',
      (${problem.titleA})[1 + k % ${P}],
      case when g % 2 = 0 then (${problem.questionB})[1 + k % ${P}] else (${problem.answerA})[1 + k % ${P}] end,
      'bench-mail-' || g
    from (select g, 1 + g % ${MAIL_CONVERSATIONS}::int as k from generate_series(1, ${mails}::int) g) mails
  `.execute(db);
  say(`${mails.toLocaleString("en")} e-mails about the same problems after ${seconds(started)} s`);
  await db.connection().execute(async (connection) => {
    await sql`set maintenance_work_mem = '256MB'`.execute(connection);
    for (const [name, statement] of Object.entries(SEARCH_INDEXES)) {
      await statement.execute(connection);
      say(`${name} built after ${seconds(started)} s`);
    }
  });
  await sql`analyze`.execute(db);
  return { topics, posts, mails, seconds: Number(seconds(started)) };
}

function seconds(started: number): string {
  return ((performance.now() - started) / 1000).toFixed(1);
}
