import { CUSTOMER_CHANNELS, type CustomerChannel } from "../channel/channel.ts";
import {
  byTimeThenId,
  isContact,
  narrowedTo,
  type ConversationFact,
  type ReportFilter,
} from "./conversation-facts.ts";
import { figure, share, type Figure } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";

export type RepeatFact = Pick<
  ConversationFact,
  "id" | "customerId" | "channel" | "teamId" | "assigneeId" | "createdAt" | "lastMessageAt" | "lastInboundAt"
>;

/** 168 hours, whatever the clocks do. */
export const REPEAT_WINDOW_MS = 7 * 86_400_000;
/** Merging never makes a cycle; the bound only keeps a broken chain from hanging a report. */
const MOST_MERGE_HOPS = 100;

/** The customer at the end of the merge chain: merged customers count as one person. */
export function mergedCustomer(customerId: string, mergedInto: ReadonlyMap<string, string>): string {
  let id = customerId;
  for (let hops = 0; hops < MOST_MERGE_HOPS; hops++) {
    const next = mergedInto.get(id);
    if (next === undefined) return id;
    id = next;
  }
  return id;
}

/**
 * A repeat contact across channels: a contact created within the period by a customer who, in the
 * 7 days (168 hours) before it, already had a conversation on another customer channel: one created
 * before the contact and with a message in those 7 days, so a conversation still running counts.
 * Its pair is (channel of the most recently created such conversation, the later id on a tie → the
 * contact's channel). The share of a pair is its repeat contacts over all contacts on the arriving
 * channel; the overall share is all repeat contacts over all contacts; customers counts the people
 * behind them. Only contacts of known customers count (an unknown caller cannot be recognised).
 * Merged customers count as one person: the one at the end of the `mergedInto` chain. The earlier
 * conversation may be any team's or agent's, so only the arriving contacts are narrowed. Behind
 * each number: its repeat contacts, earliest first.
 */
export function repeatContactsReport(
  facts: readonly RepeatFact[],
  props: { period: ReportPeriod; filter: ReportFilter; mergedInto: ReadonlyMap<string, string> },
): Figure[] {
  const { period, filter, mergedInto } = props;
  const byPerson = new Map<string, RepeatFact[]>();
  for (const fact of facts) {
    if (fact.customerId === null || fact.channel === "internal") continue;
    const person = mergedCustomer(fact.customerId, mergedInto);
    const list = byPerson.get(person) ?? [];
    list.push(fact);
    byPerson.set(person, list);
  }
  const arriving = new Map<CustomerChannel, number>();
  const repeats: { person: string; from: CustomerChannel; to: CustomerChannel; at: number; id: string }[] =
    [];
  for (const [person, list] of byPerson) {
    for (const contact of list) {
      if (!isContact(contact) || !within(contact.createdAt, period) || !narrowedTo(contact, filter)) continue;
      arriving.set(contact.channel, (arriving.get(contact.channel) ?? 0) + 1);
      const created = contact.createdAt.getTime();
      let before: RepeatFact | undefined;
      for (const e of list) {
        if (e.id === contact.id || e.channel === contact.channel || e.createdAt.getTime() >= created)
          continue;
        if (e.lastMessageAt.getTime() < created - REPEAT_WINDOW_MS) continue;
        const later =
          before === undefined ||
          e.createdAt.getTime() > before.createdAt.getTime() ||
          (e.createdAt.getTime() === before.createdAt.getTime() && e.id > before.id);
        if (later) before = e;
      }
      if (before !== undefined && before.channel !== "internal")
        repeats.push({ person, from: before.channel, to: contact.channel, at: created, id: contact.id });
    }
  }
  repeats.sort(byTimeThenId);
  const contacts = [...arriving.values()].reduce((sum, n) => sum + n, 0);
  const ids = repeats.map((r) => r.id);
  const people = (list: typeof repeats) => new Set(list.map((r) => r.person)).size;
  const figures: Figure[] = [
    figure("repeat|all|count", {}, "count", repeats.length, ids),
    figure("repeat|all|customers", {}, "count", people(repeats), ids),
    figure("repeat|all|share", {}, "share", share(repeats.length, contacts), ids),
  ];
  for (const from of CUSTOMER_CHANNELS) {
    for (const to of CUSTOMER_CHANNELS) {
      if (from === to) continue;
      const pair = repeats.filter((r) => r.from === from && r.to === to);
      const labels = { from, to };
      const pairIds = pair.map((r) => r.id);
      figures.push(
        figure(`repeat|${from}>${to}|count`, labels, "count", pair.length, pairIds),
        figure(`repeat|${from}>${to}|customers`, labels, "count", people(pair), pairIds),
        figure(
          `repeat|${from}>${to}|share`,
          labels,
          "share",
          share(pair.length, arriving.get(to) ?? 0),
          pairIds,
        ),
      );
    }
  }
  return figures;
}
