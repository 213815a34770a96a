import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { groupKey, groupOf, type BreakdownScope, type GroupKey } from "./breakdown-sql.ts";
import { IS_CONTACT, narrowedTo } from "./report-sql.ts";

export interface BacklogRow {
  key: GroupKey;
  current: number;
  previous: number;
}

/**
 * The backlog report's open total (backlog-figures.ts) at the end of each period, or now if that
 * is earlier: contacts created before then and not resolved by then, one pass for both periods.
 */
export async function breakdownBacklog(
  db: Kysely<Database>,
  props: { scope: BreakdownScope; now: Date },
): Promise<BacklogRow[]> {
  const { scope, now } = props;
  const { periods, by, teamId } = scope;
  const atEnd = (end: Date) => new Date(Math.min(end.getTime(), now.getTime()));
  const current = atEnd(periods.current.end);
  const previous = atEnd(periods.previous.end);
  const openAt = (at: Date) => sql`f.created_at < ${at} and (f.resolved_at is null or f.resolved_at > ${at})`;
  const { rows } = await sql<{ g: string | null; total: number; current: number; previous: number }>`
    select f.g, grouping(f.g)::int as total,
      count(*) filter (where ${openAt(current)})::int as current,
      count(*) filter (where ${openAt(previous)})::int as previous
    from (
      select ${groupOf(by)} as g, c.created_at, c.resolved_at
      from conversations c
      where ${IS_CONTACT} and c.created_at < ${current}
        and (c.resolved_at is null or c.resolved_at > ${previous}) ${narrowedTo({ teamId })}
    ) f
    group by grouping sets ((f.g), ())
  `.execute(db);
  return rows.map((row) => ({ key: groupKey(row), current: row.current, previous: row.previous }));
}
