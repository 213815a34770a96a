import { BACKLOG_AGES, figure, type Figure, type ReportPeriod } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { type FactFilter, epochMs, idsIf, IS_CONTACT, narrowedTo } from "./report-sql.ts";

/**
 * Core's `backlogReport` (the definition is written down there), bracketed and counted by the
 * database. The differential test holds both equal.
 */
export async function backlogFigures(
  db: Kysely<Database>,
  props: { period: ReportPeriod; now: Date; filter: FactFilter; listed: boolean },
): Promise<Figure[]> {
  const { period, now, filter, listed } = props;
  const at = Math.min(period.end.getTime(), now.getTime());
  const age = sql`${at}::bigint - ${epochMs(sql`c.created_at`)}`;
  const brackets = BACKLOG_AGES.map(({ below }, index) =>
    Number.isFinite(below) ? sql`when ${age} < ${below}::bigint then ${index}::int` : sql``,
  );
  const { rows } = await sql<{ bracket: number; open: number; ids: string[] }>`
    select case ${sql.join(brackets, sql` `)} else ${BACKLOG_AGES.length - 1}::int end as bracket,
      count(*)::int as open, ${idsIf(listed, sql`c.created_at, c.id`)} as ids
    from conversations c
    where ${IS_CONTACT} and c.created_at < ${new Date(at)}
      and (c.resolved_at is null or c.resolved_at > ${new Date(at)}) ${narrowedTo(filter)}
    group by 1
  `.execute(db);
  const byBracket = new Map(rows.map((row) => [row.bracket, row]));
  const all = { open: 0, ids: [] as string[] };
  const figures = BACKLOG_AGES.map(({ bracket }, index) => {
    const row = byBracket.get(index);
    all.open += row?.open ?? 0;
    all.ids.push(...(row?.ids ?? []));
    return figure(`backlog|${bracket}`, { bracket }, "count", row?.open ?? 0, row?.ids ?? []);
  });
  return [...figures, figure("backlog|all", {}, "count", all.open, all.ids)];
}
