import { isContact } from "./contacts-report.ts";
import { figure, type ConversationFact, type Figure } from "./report-facts.ts";
import type { ReportPeriod } from "./report-period.ts";

const DAY = 86_400_000;

/** Age brackets of unresolved contacts, upper bounds exclusive. */
export const BACKLOG_AGES = [
  { bracket: "under1d", below: DAY },
  { bracket: "1to3d", below: 3 * DAY },
  { bracket: "3to7d", below: 7 * DAY },
  { bracket: "7to30d", below: 30 * DAY },
  { bracket: "over30d", below: Number.POSITIVE_INFINITY },
] as const;

/**
 * The backlog at the end of the period (or now, if that is earlier): contacts created before then
 * and not resolved by then, by age since creation. A conversation that is unresolved now counts as
 * unresolved all along since its creation: only its last resolution is kept, so a reopened
 * conversation's earlier, undone resolution is not seen.
 */
export function backlogReport(facts: readonly ConversationFact[], period: ReportPeriod, now: Date): Figure[] {
  const at = Math.min(period.end.getTime(), now.getTime());
  const ids = BACKLOG_AGES.map(() => [] as string[]);
  for (const c of facts) {
    if (!isContact(c) || c.createdAt.getTime() >= at) continue;
    if (c.resolvedAt !== null && c.resolvedAt.getTime() <= at) continue;
    const age = at - c.createdAt.getTime();
    const index = BACKLOG_AGES.findIndex((a) => age < a.below);
    ids[index]?.push(c.id);
  }
  const all = ids.flat();
  return [
    ...BACKLOG_AGES.map(({ bracket }, index) => {
      const list = ids[index] ?? [];
      return figure(`backlog|${bracket}`, { bracket }, "count", list.length, list);
    }),
    figure("backlog|all", {}, "count", all.length, all),
  ];
}
