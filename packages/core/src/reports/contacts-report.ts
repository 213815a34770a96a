import { CUSTOMER_CHANNELS, type CustomerChannel } from "../channel/channel.ts";
import { daysBetween, localDateOf, weekStartOf, addDays } from "./local-time.ts";
import { figure, type ConversationFact, type Figure } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";

export const BUCKET_SIZES = ["day", "week"] as const;
export type BucketSize = (typeof BUCKET_SIZES)[number];

/**
 * A contact is a conversation the customer started or took part in (they wrote or called at least
 * once), counted once on the local day it was created, on its channel. A conversation reopened by a
 * new message stays one contact: the customer did not start over. Our own outreach that the
 * customer never answered is not a contact. Internal conversations are not contacts either.
 */
export function isContact(c: ConversationFact): c is ConversationFact & { channel: CustomerChannel } {
  return c.customerWrote && c.channel !== "internal";
}

/**
 * Contacts per channel and local day or week (weeks start on Monday; the first and last may be
 * partial). Buckets are numbered from the period's start, so day 3 of this period meets day 3 of
 * the previous one; empty buckets are listed with 0.
 */
export function contactsReport(
  facts: readonly ConversationFact[],
  period: ReportPeriod,
  bucket: BucketSize,
): Figure[] {
  const firstBucket = bucket === "day" ? period.from : weekStartOf(period.from);
  const step = bucket === "day" ? 1 : 7;
  const buckets = Math.floor(daysBetween(firstBucket, period.to) / step) + 1;
  const ids = new Map<string, string[]>();
  const add = (key: string, id: string) => {
    const list = ids.get(key);
    if (list) list.push(id);
    else ids.set(key, [id]);
  };
  for (const c of facts) {
    if (!isContact(c) || !within(c.createdAt, period)) continue;
    const index = Math.floor(daysBetween(firstBucket, localDateOf(c.createdAt, period.timeZone)) / step);
    add(`contacts|${c.channel}|${bucket}-${index}`, c.id);
    add(`contacts|${c.channel}|total`, c.id);
    add("contacts|all|total", c.id);
  }
  const figures: Figure[] = [];
  const count = (key: string, labels: Record<string, string>) => {
    const list = ids.get(key) ?? [];
    figures.push(figure(key, labels, "count", list.length, list));
  };
  for (const channel of CUSTOMER_CHANNELS) {
    for (let index = 0; index < buckets; index++) {
      const start = addDays(firstBucket, index * step);
      count(`contacts|${channel}|${bucket}-${index}`, {
        channel,
        bucket: start < period.from ? period.from : start,
      });
    }
    count(`contacts|${channel}|total`, { channel });
  }
  count("contacts|all|total", {});
  return figures;
}
