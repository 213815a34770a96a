import { BACKLOG_AGES } from "./backlog-ages.ts";
import {
  byTimeThenId,
  isContact,
  narrowedTo,
  type ConversationFact,
  type ReportFilter,
} from "./conversation-facts.ts";
import { figure, type Figure } from "./report-facts.ts";
import type { ReportPeriod } from "./report-period.ts";

export type BacklogFact = Pick<
  ConversationFact,
  "id" | "channel" | "teamId" | "assigneeId" | "createdAt" | "lastInboundAt" | "resolvedAt"
>;

/**
 * The backlog at the end of the period (or now, if that is earlier): contacts created before then
 * and not resolved by then, by calendar age since creation (BACKLOG_AGES, upper bounds exclusive).
 * A conversation that is unresolved now counts as unresolved all along since its creation: only
 * its last resolution is kept, so a reopened conversation's earlier, undone resolution is not
 * seen. Behind each number: its contacts, oldest first.
 */
export function backlogReport(
  facts: readonly BacklogFact[],
  props: { period: ReportPeriod; now: Date; filter: ReportFilter },
): Figure[] {
  const { period, now, filter } = props;
  const at = Math.min(period.end.getTime(), now.getTime());
  const brackets = BACKLOG_AGES.map(() => [] as { at: number; id: string }[]);
  for (const fact of facts) {
    const created = fact.createdAt.getTime();
    if (!isContact(fact) || created >= at || !narrowedTo(fact, filter)) continue;
    if (fact.resolvedAt !== null && fact.resolvedAt.getTime() <= at) continue;
    const index = BACKLOG_AGES.findIndex(({ below }) => at - created < below);
    brackets[index]?.push({ at: created, id: fact.id });
  }
  const all: string[] = [];
  const figures = BACKLOG_AGES.map(({ bracket }, index) => {
    const ids = (brackets[index] ?? []).sort(byTimeThenId).map((c) => c.id);
    all.push(...ids);
    return figure(`backlog|${bracket}`, { bracket }, "count", ids.length, ids);
  });
  return [...figures, figure("backlog|all", {}, "count", all.length, all)];
}
