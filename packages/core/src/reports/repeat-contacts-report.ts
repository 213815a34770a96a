import { CUSTOMER_CHANNELS, type CustomerChannel } from "../channel/channel.ts";
import { isContact } from "./contacts-report.ts";
import { figure, share, type ConversationFact, type Figure } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";

export const REPEAT_WINDOW_MS = 7 * 86_400_000;

/** Where a merged-away customer went: one hop of `customers.merged_into`. */
export type MergedInto = ReadonlyMap<string, string>;

/** The customer at the end of the merge chain: merged customers count as one person. */
export function rootCustomer(mergedInto: MergedInto, customerId: string): string {
  const seen = new Set([customerId]);
  let current = customerId;
  for (
    let next = mergedInto.get(current);
    next !== undefined && !seen.has(next);
    next = mergedInto.get(current)
  ) {
    seen.add(next);
    current = next;
  }
  return current;
}

/**
 * A repeat contact across channels: a contact created within the period by a customer who, in the
 * 7 days before it, already had a conversation on another customer channel (one created before the
 * contact and with a message in those 7 days, so a conversation still running counts). Its pair is
 * (channel of the most recently created such conversation → the contact's channel). The share of
 * a pair is its repeat contacts over all contacts on the arriving channel; the overall share is all
 * repeat contacts over all contacts. Only contacts of known customers count (an unknown caller
 * cannot be recognised). `context` must hold every conversation of those customers that can be
 * "before" (from 7 days before the period on), whatever its team or agent.
 */
export function repeatContactsReport(
  contacts: readonly ConversationFact[],
  context: readonly ConversationFact[],
  period: ReportPeriod,
  mergedInto: MergedInto,
): Figure[] {
  const byCustomer = new Map<string, ConversationFact[]>();
  for (const c of context) {
    if (c.customerId === null || c.channel === "internal") continue;
    const root = rootCustomer(mergedInto, c.customerId);
    const list = byCustomer.get(root);
    if (list) list.push(c);
    else byCustomer.set(root, [c]);
  }
  const arrivals = new Map<CustomerChannel, string[]>();
  const repeats = new Map<string, { ids: string[]; customers: Set<string> }>();
  const all = { ids: [] as string[], customers: new Set<string>() };
  for (const c of contacts) {
    if (!isContact(c) || c.customerId === null || !within(c.createdAt, period)) continue;
    const root = rootCustomer(mergedInto, c.customerId);
    const arriving = arrivals.get(c.channel);
    if (arriving) arriving.push(c.id);
    else arrivals.set(c.channel, [c.id]);
    const since = c.createdAt.getTime() - REPEAT_WINDOW_MS;
    let before: ConversationFact | null = null;
    for (const other of byCustomer.get(root) ?? []) {
      if (other.id === c.id || other.channel === c.channel) continue;
      if (other.createdAt >= c.createdAt || other.lastMessageAt.getTime() < since) continue;
      if (before === null || other.createdAt > before.createdAt) before = other;
    }
    if (before === null) continue;
    const key = `${before.channel}>${c.channel}`;
    const pair = repeats.get(key) ?? { ids: [], customers: new Set<string>() };
    pair.ids.push(c.id);
    pair.customers.add(root);
    repeats.set(key, pair);
    all.ids.push(c.id);
    all.customers.add(root);
  }
  const total = [...arrivals.values()].reduce((n, ids) => n + ids.length, 0);
  const figures: Figure[] = [
    figure("repeat|all|count", {}, "count", all.ids.length, all.ids),
    figure("repeat|all|customers", {}, "count", all.customers.size, all.ids),
    figure("repeat|all|share", {}, "share", share(all.ids.length, total), all.ids),
  ];
  for (const from of CUSTOMER_CHANNELS) {
    for (const to of CUSTOMER_CHANNELS) {
      if (from === to) continue;
      const pair = repeats.get(`${from}>${to}`) ?? { ids: [], customers: new Set<string>() };
      const labels = { from, to };
      const arriving = arrivals.get(to)?.length ?? 0;
      figures.push(
        figure(`repeat|${from}>${to}|count`, labels, "count", pair.ids.length, pair.ids),
        figure(`repeat|${from}>${to}|customers`, labels, "count", pair.customers.size, pair.ids),
        figure(`repeat|${from}>${to}|share`, labels, "share", share(pair.ids.length, arriving), pair.ids),
      );
    }
  }
  return figures;
}
