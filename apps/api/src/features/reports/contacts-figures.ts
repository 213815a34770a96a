import {
  addDays,
  CUSTOMER_CHANNELS,
  daysBetween,
  figure,
  weekStartOf,
  type BucketSize,
  type CustomerChannel,
  type Figure,
  type ReportPeriod,
} from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { idsIf, IS_CONTACT, narrowedTo, type FactFilter } from "./report-sql.ts";

/**
 * Core's `contactsReport` (the definition is written down there), counted and bucketed by the
 * database (`at time zone` knows the zone's DST rules), so no conversation leaves it unless `listed`
 * asks for the ones behind each number (a drill-down). The differential test holds both equal.
 */
export async function contactsFigures(
  db: Kysely<Database>,
  props: { period: ReportPeriod; bucket: BucketSize; filter: FactFilter; listed: boolean },
): Promise<Figure[]> {
  const { period, bucket, filter, listed } = props;
  const firstBucket = bucket === "day" ? period.from : weekStartOf(period.from);
  const step = bucket === "day" ? 1 : 7;
  const { rows } = await sql<{ channel: CustomerChannel; bucket: number; contacts: number; ids: string[] }>`
    select c.channel, ((c.created_at at time zone ${period.timeZone})::date - ${firstBucket}::date) / ${step}::int
        as bucket,
      count(*)::int as contacts, ${idsIf(listed, sql`c.created_at, c.id`)} as ids
    from conversations c
    where ${IS_CONTACT} and c.created_at >= ${period.start} and c.created_at < ${period.end} ${narrowedTo(filter)}
    group by 1, 2
    order by 1, 2
  `.execute(db);
  const counted = new Map(rows.map((row) => [`${row.channel}|${row.bucket}`, row]));
  const buckets = Math.floor(daysBetween(firstBucket, period.to) / step) + 1;
  const figures: Figure[] = [];
  const all = { contacts: 0, ids: [] as string[] };
  for (const channel of CUSTOMER_CHANNELS) {
    const total = { contacts: 0, ids: [] as string[] };
    for (let index = 0; index < buckets; index++) {
      const start = addDays(firstBucket, index * step);
      const row = counted.get(`${channel}|${index}`);
      const contacts = row?.contacts ?? 0;
      const behind = row?.ids ?? [];
      total.contacts += contacts;
      total.ids.push(...behind);
      const labels = { channel, bucket: start < period.from ? period.from : start };
      figures.push(figure(`contacts|${channel}|${bucket}-${index}`, labels, "count", contacts, behind));
    }
    figures.push(figure(`contacts|${channel}|total`, { channel }, "count", total.contacts, total.ids));
    all.contacts += total.contacts;
    all.ids.push(...total.ids);
  }
  figures.push(figure("contacts|all|total", {}, "count", all.contacts, all.ids));
  return figures;
}
