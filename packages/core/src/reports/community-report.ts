import { byTimeThenId, narrowedTo, type ConversationFact, type ReportFilter } from "./conversation-facts.ts";
import { figure, share, type Figure } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";

export type CommunityFact = Pick<
  ConversationFact,
  "id" | "teamId" | "assigneeId" | "solvedAt" | "solvedByCommunity"
>;

/**
 * Questions the community solved without an agent: questions solved within the period (a forum
 * topic's answer was marked), split by who wrote the answer: another customer (solved by the
 * community) or our staff; the share is the community's of all solved. Behind each number: its
 * questions, solved earliest first.
 */
export function communityReport(
  facts: readonly CommunityFact[],
  props: { period: ReportPeriod; filter: ReportFilter },
): Figure[] {
  const { period, filter } = props;
  const community: { at: number; id: string }[] = [];
  const staff: { at: number; id: string }[] = [];
  for (const fact of facts) {
    if (!within(fact.solvedAt, period) || !narrowedTo(fact, filter)) continue;
    (fact.solvedByCommunity ? community : staff).push({ at: fact.solvedAt.getTime(), id: fact.id });
  }
  const byCommunity = community.sort(byTimeThenId).map((c) => c.id);
  const byStaff = staff.sort(byTimeThenId).map((c) => c.id);
  return [
    figure(
      "community|solvedByCommunity",
      { solvedBy: "community" },
      "count",
      byCommunity.length,
      byCommunity,
    ),
    figure("community|solvedByStaff", { solvedBy: "staff" }, "count", byStaff.length, byStaff),
    figure(
      "community|share",
      { solvedBy: "community" },
      "share",
      share(byCommunity.length, byCommunity.length + byStaff.length),
      byCommunity,
    ),
  ];
}
