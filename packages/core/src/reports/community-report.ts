import { figure, share, type ConversationFact, type Figure } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";

/**
 * Questions solved within the period (a forum topic's answer was marked), split by who wrote the
 * answer: another customer (solved by the community, no agent needed) or our staff.
 */
export function communityReport(facts: readonly ConversationFact[], period: ReportPeriod): Figure[] {
  const community: string[] = [];
  const staff: string[] = [];
  for (const c of facts) {
    if (!within(c.solvedAt, period)) continue;
    (c.solvedByCommunity ? community : staff).push(c.id);
  }
  return [
    figure("community|solvedByCommunity", { solvedBy: "community" }, "count", community.length, community),
    figure("community|solvedByStaff", { solvedBy: "staff" }, "count", staff.length, staff),
    figure(
      "community|share",
      { solvedBy: "community" },
      "share",
      share(community.length, community.length + staff.length),
      community,
    ),
  ];
}
