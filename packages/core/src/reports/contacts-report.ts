import { CUSTOMER_CHANNELS } from "../channel/channel.ts";
import type { BucketSize } from "./bucket-sizes.ts";
import {
  byTimeThenId,
  isContact,
  narrowedTo,
  type ConversationFact,
  type ReportFilter,
} from "./conversation-facts.ts";
import { addDays, daysBetween, localDateOf, weekStartOf } from "./local-time.ts";
import { figure, type Figure } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";

export type ContactFact = Pick<
  ConversationFact,
  "id" | "channel" | "teamId" | "assigneeId" | "createdAt" | "lastInboundAt"
>;

/**
 * Contacts by channel over time: every contact (`isContact`) created within the period, counted
 * once, on its channel, in the local day or week (of the period's zone) it was created; weeks start
 * on Monday, the first and last may be partial. Buckets are numbered from the period's start, so
 * day 3 of this period meets day 3 of the previous one; empty buckets are listed with 0. Behind each
 * number: its contacts, earliest first.
 */
export function contactsReport(
  facts: readonly ContactFact[],
  props: { period: ReportPeriod; bucket: BucketSize; filter: ReportFilter },
): Figure[] {
  const { period, bucket, filter } = props;
  const firstBucket = bucket === "day" ? period.from : weekStartOf(period.from);
  const step = bucket === "day" ? 1 : 7;
  const counted = new Map<string, { at: number; id: string }[]>();
  for (const fact of facts) {
    if (!isContact(fact) || !within(fact.createdAt, period) || !narrowedTo(fact, filter)) continue;
    const index = Math.floor(daysBetween(firstBucket, localDateOf(fact.createdAt, period.timeZone)) / step);
    const key = `${fact.channel}|${index}`;
    const list = counted.get(key) ?? [];
    list.push({ at: fact.createdAt.getTime(), id: fact.id });
    counted.set(key, list);
  }
  const buckets = Math.floor(daysBetween(firstBucket, period.to) / step) + 1;
  const figures: Figure[] = [];
  const all: string[] = [];
  for (const channel of CUSTOMER_CHANNELS) {
    const total: string[] = [];
    for (let index = 0; index < buckets; index++) {
      const start = addDays(firstBucket, index * step);
      const behind = (counted.get(`${channel}|${index}`) ?? []).sort(byTimeThenId).map((c) => c.id);
      total.push(...behind);
      const labels = { channel, bucket: start < period.from ? period.from : start };
      figures.push(figure(`contacts|${channel}|${bucket}-${index}`, labels, "count", behind.length, behind));
    }
    figures.push(figure(`contacts|${channel}|total`, { channel }, "count", total.length, total));
    all.push(...total);
  }
  figures.push(figure("contacts|all|total", {}, "count", all.length, all));
  return figures;
}
