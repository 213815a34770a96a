import {
  CUSTOMER_CHANNELS,
  figure,
  REPEAT_WINDOW_MS,
  share,
  type CustomerChannel,
  type Figure,
  type ReportPeriod,
} from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { idsIf, IS_CONTACT, narrowedTo, type FactFilter } from "./report-sql.ts";

/**
 * Core's `repeatContactsReport` (the definition is written down there), matched by the database:
 * merged customers are followed along `merged_into` to the end of the chain. The differential test
 * holds both equal.
 */
export async function repeatContactFigures(
  db: Kysely<Database>,
  props: { period: ReportPeriod; filter: FactFilter; listed: boolean },
): Promise<Figure[]> {
  const { period, filter, listed } = props;
  const { rows } = await sql<{
    overall: boolean;
    before: CustomerChannel | null;
    channel: CustomerChannel | null;
    contacts: number;
    repeats: number;
    customers: number;
    ids: string[];
  }>`
    with recursive chain (id, root, hops) as (
      select id, merged_into, 1 from customers where merged_into is not null
      union all
      -- The bound only stops a cycle, which merging never makes.
      select chain.id, cu.merged_into, chain.hops + 1 from chain join customers cu on cu.id = chain.root
      where cu.merged_into is not null and chain.hops < 100
    ),
    roots as (select distinct on (id) id, root from chain order by id, hops desc),
    earlier as (
      select c.id, coalesce(r.root, c.customer_id) as root, c.channel, c.created_at, c.last_message_at
      from conversations c left join roots r on r.id = c.customer_id
      where c.customer_id is not null and c.channel <> 'internal' and c.created_at < ${period.end}
        and c.last_message_at >= ${new Date(period.start.getTime() - REPEAT_WINDOW_MS)}
    ),
    arriving as (
      select c.id, coalesce(r.root, c.customer_id) as root, c.channel, c.created_at
      from conversations c left join roots r on r.id = c.customer_id
      where ${IS_CONTACT} and c.customer_id is not null
        and c.created_at >= ${period.start} and c.created_at < ${period.end} ${narrowedTo(filter)}
    ),
    matched as (
      select distinct on (a.id) a.id, a.root, a.channel, a.created_at, e.channel as before
      from arriving a left join earlier e on e.root = a.root and e.id <> a.id and e.channel <> a.channel
        and e.created_at < a.created_at and e.last_message_at >= a.created_at - interval '168 hours'
      order by a.id, e.created_at desc nulls last, e.id desc
    )
    select grouping(c.channel) = 1 as overall, c.before, c.channel, count(*)::int as contacts,
      count(*) filter (where c.before is not null)::int as repeats,
      count(distinct c.root) filter (where c.before is not null)::int as customers,
      ${idsIf(listed, sql`c.created_at, c.id`, sql`c.before is not null`)} as ids
    from matched c
    group by grouping sets ((c.before, c.channel), ())
  `.execute(db);
  const all = rows.find((row) => row.overall);
  const repeats = new Map(rows.map((row) => [`${row.before ?? "none"}>${row.channel ?? "all"}`, row]));
  const arriving = (to: CustomerChannel) =>
    rows.reduce((n, row) => (!row.overall && row.channel === to ? n + row.contacts : n), 0);
  const figures: Figure[] = [
    figure("repeat|all|count", {}, "count", all?.repeats ?? 0, all?.ids ?? []),
    figure("repeat|all|customers", {}, "count", all?.customers ?? 0, all?.ids ?? []),
    figure("repeat|all|share", {}, "share", share(all?.repeats ?? 0, all?.contacts ?? 0), all?.ids ?? []),
  ];
  for (const from of CUSTOMER_CHANNELS) {
    for (const to of CUSTOMER_CHANNELS) {
      if (from === to) continue;
      const pair = repeats.get(`${from}>${to}`);
      const labels = { from, to };
      const ids = pair?.ids ?? [];
      figures.push(
        figure(`repeat|${from}>${to}|count`, labels, "count", pair?.repeats ?? 0, ids),
        figure(`repeat|${from}>${to}|customers`, labels, "count", pair?.customers ?? 0, ids),
        figure(`repeat|${from}>${to}|share`, labels, "share", share(pair?.repeats ?? 0, arriving(to)), ids),
      );
    }
  }
  return figures;
}
