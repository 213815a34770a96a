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
 * Newest matches first, keyset-paged on (occurred_at, id): a service desk looks for the recent
 * case, and a relevance order could not page stably while new items arrive. A word in a third of
 * the history is answered by walking `timeline_searchable_idx` until a page is full; a rare word by
 * the GIN indexes, sorted. The planner chooses from the words' statistics, per call. Snippets are
 * made for the page's rows only (ts_headline reads the whole text).
 */
export async function findItems(db: Kysely<Database>, props: FindItemsProps): Promise<ItemHitRow[]> {
  const { plan, filters, after } = props;
  const conditions: RawBuilder<SqlBool>[] = [
    sql`e.kind in ${SEARCHABLE_KINDS}`,
    sql`(e.search @@ websearch_to_tsquery('english', ${props.query})
      or e.search_folded @@ to_tsquery('german', ${plan.textQuery}))`,
  ];
  if (after)
    conditions.push(sql`(e.occurred_at, e.id) < (${after.occurredAt}::timestamptz, ${after.id}::uuid)`);
  if (filters.channels) conditions.push(sql`e.channel = any(${filters.channels}::text[])`);
  if (filters.direction) conditions.push(sql`e.direction = ${filters.direction}`);
  if (filters.from) conditions.push(sql`e.occurred_at >= ${filters.from}`);
  if (filters.to) conditions.push(sql`e.occurred_at < ${filters.to}`);
  const byConversation = conversationConditions(filters);
  const result = await sql<ItemHitRow>`
    select e.id, e.customer_id, cu.display_name as customer_name, e.conversation_id,
      c.status as conversation_status, u.display_name as assignee_name, t.name as team_name,
      e.channel, e.kind, e.direction, ${POSITION}, e.author_name, e.subject,
      ts_headline('german', ${unmarked("e.body_text")}, to_tsquery('german', ${plan.highlightQuery}), ${HEADLINE}) as body_german,
      ts_headline('english', ${unmarked("e.body_text")}, websearch_to_tsquery('english', ${props.query}), ${HEADLINE}) as body_english,
      ts_headline('german', ${unmarked("e.subject")}, to_tsquery('german', ${plan.highlightQuery}), ${WHOLE}) as subject_marked
    from (
      select e.id, e.customer_id, e.conversation_id, e.channel, e.kind, e.direction, e.occurred_at,
        e.author_name, e.subject, e.body_text
      from timeline_events e
      ${byConversation.length > 0 ? sql`join conversations c on c.id = e.conversation_id` : sql``}
      where ${sql.join([...conditions, ...byConversation], sql` and `)}
      order by e.occurred_at desc, e.id desc
      limit ${props.limit + 1}
    ) e
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
