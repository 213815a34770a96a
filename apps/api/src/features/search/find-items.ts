import {
  MARK_START,
  MARK_STOP,
  type Channel,
  type ConversationStatus,
  type Direction,
  type SearchFilters,
  type SearchQueryPlan,
  type TimelineKind,
} from "@emma/core";
import { sql, type Kysely, type RawBuilder, type SqlBool } from "kysely";
import type { Database } from "../../db/schema.ts";
import { POSITION } from "../timeline/timeline-presenter.ts";
import type { TimelinePosition } from "../timeline/timeline-cursor.ts";

/**
 * What a person wrote or said; status changes, assignments and merges are not searched. The same
 * literal list as `timeline_searchable_idx`'s predicate (migration 0012), so the planner may walk it.
 */
const SEARCHABLE_KINDS = sql.raw(`('message', 'call', 'voicemail', 'forum_post', 'note')`);

const HEADLINE = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, MaxWords=30, MinWords=12, ShortWord=2, MaxFragments=2, FragmentDelimiter=" … "`;
const WHOLE = `StartSel=${MARK_START}, StopSel=${MARK_STOP}, HighlightAll=true`;
// The markers must mean ts_headline's marks only.
const unmarked = (column: string) => sql`translate(${sql.ref(column)}, ${MARK_START + MARK_STOP}, '')`;

export interface ItemHitRow {
  id: string;
  customer_id: string | null;
  customer_name: string | null;
  conversation_id: string | null;
  conversation_status: ConversationStatus | null;
  assignee_name: string | null;
  team_name: string | null;
  channel: Channel;
  kind: TimelineKind;
  direction: Direction;
  /** occurred_at at microseconds, the keyset position (see POSITION). */
  position: string;
  author_name: string | null;
  subject: string | null;
  /** ts_headline of the body, German (folded or typed words) and English (stems), and of the subject. */
  body_german: string;
  body_english: string;
  subject_marked: string | null;
}

interface FindItemsProps {
  query: string;
  plan: SearchQueryPlan & { textQuery: string; highlightQuery: string };
  filters: SearchFilters;
  after: TimelinePosition | null;
  limit: number;
}

/**
 * How many of the newest items the first try reads. A word in more than about one item in 250
 * fills a page from them; rarer words are found through the GIN indexes instead.
 */
export const RECENT_WINDOW = 5000;

/**
 * Newest matches first, keyset-paged on (occurred_at, id): a service desk looks for the recent
 * case, and a relevance order could not page stably while new items arrive. Two tries, each with a
 * bounded cost, instead of trusting the planner's guess of how common the words are (a number it
 * has never seen is guessed at 0.5 % of all items, and a walk in time order looking for it read the
 * whole table):
 * 1. the RECENT_WINDOW newest items (after the cursor) in time order, filtered by the words: a
 *    common word fills the page from the first few dozen;
 * 2. otherwise every match through the GIN indexes (cost grows with the matches, which are
 *    few), sorted.
 * Snippets are made for the page's rows only (ts_headline reads the whole text).
 */
export async function findItems(db: Kysely<Database>, props: FindItemsProps): Promise<ItemHitRow[]> {
  const recent = await pageOf(db, props, { rows: recentMatches(props) });
  if (recent.length > props.limit) return recent;
  return pageOf(db, props, allMatches(props));
}

function matchOf(props: FindItemsProps): RawBuilder<SqlBool> {
  return sql`(e.search @@ websearch_to_tsquery('english', ${props.query})
    or e.search_folded @@ to_tsquery('german', ${props.plan.textQuery}))`;
}

/** Items that could be on the page whatever their words: kind, cursor and filters. */
function candidatesOf(props: FindItemsProps): { join: RawBuilder<unknown>; where: RawBuilder<SqlBool> } {
  const { filters, after } = props;
  const conditions: RawBuilder<SqlBool>[] = [sql`e.kind in ${SEARCHABLE_KINDS}`];
  if (after)
    conditions.push(sql`(e.occurred_at, e.id) < (${after.occurredAt}::timestamptz, ${after.id}::uuid)`);
  if (filters.channels) conditions.push(sql`e.channel = any(${filters.channels}::text[])`);
  if (filters.direction) conditions.push(sql`e.direction = ${filters.direction}`);
  if (filters.from) conditions.push(sql`e.occurred_at >= ${filters.from}`);
  if (filters.to) conditions.push(sql`e.occurred_at < ${filters.to}`);
  const byConversation = conversationConditions(filters);
  return {
    join: byConversation.length > 0 ? sql`join conversations c on c.id = e.conversation_id` : sql``,
    where: sql.join([...conditions, ...byConversation], sql` and `),
  };
}

const PAGE_COLUMNS = sql.raw(
  "e.id, e.customer_id, e.conversation_id, e.channel, e.kind, e.direction, e.occurred_at, e.author_name, e.subject, e.body_text",
);

/** Try 1: the newest items in time order (a subquery with a limit is never merged into its caller). */
function recentMatches(props: FindItemsProps): RawBuilder<unknown> {
  const { join, where } = candidatesOf(props);
  return sql`
    select ${PAGE_COLUMNS} from (
      select ${PAGE_COLUMNS}, e.search, e.search_folded from timeline_events e ${join}
      where ${where}
      order by e.occurred_at desc, e.id desc
      limit ${RECENT_WINDOW}
    ) e
    where ${matchOf(props)}
    order by e.occurred_at desc, e.id desc
    limit ${props.limit + 1}
  `;
}

/** Try 2: every match, materialized, so the planner cannot turn it back into a walk in time order. */
function allMatches(props: FindItemsProps): Source {
  const { join, where } = candidatesOf(props);
  return {
    with: sql`with matches as materialized (
      select e.id, e.occurred_at from timeline_events e ${join} where ${where} and ${matchOf(props)}
    )`,
    rows: sql`
      select ${PAGE_COLUMNS} from (
        select id, occurred_at from matches order by occurred_at desc, id desc limit ${props.limit + 1}
      ) m
      join timeline_events e on e.id = m.id
    `,
  };
}

interface Source {
  with?: RawBuilder<unknown>;
  /** The page's items, PAGE_COLUMNS of at most limit + 1 rows. */
  rows: RawBuilder<unknown>;
}

/** The page's items with what the hit shows: customer, conversation, snippets. */
async function pageOf(db: Kysely<Database>, props: FindItemsProps, source: Source): Promise<ItemHitRow[]> {
  const { highlightQuery } = props.plan;
  const result = await sql<ItemHitRow>`
    ${source.with ?? sql``}
    select e.id, e.customer_id, cu.display_name as customer_name, e.conversation_id,
      c.status as conversation_status, u.display_name as assignee_name, t.name as team_name,
      e.channel, e.kind, e.direction, ${POSITION}, e.author_name, e.subject,
      ts_headline('german', ${unmarked("e.body_text")}, to_tsquery('german', ${highlightQuery}), ${HEADLINE}) as body_german,
      ts_headline('english', ${unmarked("e.body_text")}, websearch_to_tsquery('english', ${props.query}), ${HEADLINE}) as body_english,
      ts_headline('german', ${unmarked("e.subject")}, to_tsquery('german', ${highlightQuery}), ${WHOLE}) as subject_marked
    from (${source.rows}) e
    left join customers cu on cu.id = e.customer_id
    left join conversations c on c.id = e.conversation_id
    left join users u on u.id = c.assignee_id
    left join teams t on t.id = c.team_id
    order by e.occurred_at desc, e.id desc
  `.execute(db);
  return result.rows;
}

function conversationConditions(filters: SearchFilters): RawBuilder<SqlBool>[] {
  const conditions: RawBuilder<SqlBool>[] = [];
  if (filters.statuses) conditions.push(sql`c.status = any(${filters.statuses}::text[])`);
  if (filters.teamId) conditions.push(sql`c.team_id = ${filters.teamId}`);
  if (filters.assigneeId === null) conditions.push(sql`c.assignee_id is null`);
  else if (filters.assigneeId) conditions.push(sql`c.assignee_id = ${filters.assigneeId}`);
  return conditions;
}
