import { CUSTOMER_CHANNELS, PRIORITIES, type CustomerChannel, type Priority } from "../channel/channel.ts";
import type { ResponseTargets } from "../conversation/sla.ts";
import type { Clock } from "./business-hours.ts";
import {
  byTimeThenId,
  isContact,
  minutesBetween,
  narrowedTo,
  type ConversationFact,
  type ReportFilter,
} from "./conversation-facts.ts";
import { figure, share, type Figure, type SlaBreach } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";

export type SlaFact = Pick<
  ConversationFact,
  | "id"
  | "customerId"
  | "channel"
  | "priority"
  | "teamId"
  | "assigneeId"
  | "createdAt"
  | "lastInboundAt"
  | "firstResponseAt"
>;

export interface SlaProps {
  period: ReportPeriod;
  targets: ResponseTargets;
  /** When a still unanswered contact is judged. */
  now: Date;
  filter: ReportFilter;
  clock: Clock;
}

interface Judged {
  fact: SlaFact & { channel: CustomerChannel };
  target: number;
  elapsed: number;
  late: boolean;
}

function judge(facts: readonly SlaFact[], props: SlaProps): Judged[] {
  const { period, targets, now, filter, clock } = props;
  const judged: Judged[] = [];
  for (const fact of facts) {
    if (!isContact(fact) || !within(fact.createdAt, period) || !narrowedTo(fact, filter)) continue;
    const target = targets[fact.channel][fact.priority];
    const elapsed = minutesBetween(clock, fact.createdAt, fact.firstResponseAt ?? now);
    if (fact.firstResponseAt === null && elapsed <= target) continue;
    judged.push({ fact, target, elapsed, late: elapsed > target });
  }
  return judged.sort((a, b) =>
    byTimeThenId(
      { at: a.fact.createdAt.getTime(), id: a.fact.id },
      { at: b.fact.createdAt.getTime(), id: b.fact.id },
    ),
  );
}

/**
 * SLA: for contacts created within the period, was the first answer inside the response target the
 * admins set for the channel and priority, by the report's clock (calendar time, or only the
 * desk's business hours when set)? Met: answered in time. Breached: answered late, or still
 * unanswered when the target ran out (judged at `now`). Unanswered and still within target: not
 * judged yet, left out of the share. The share met is met / (met + breached), per channel and
 * priority, per channel and over all. Behind each share: its breaches, then the contacts met, each
 * earliest first.
 */
export function slaReport(facts: readonly SlaFact[], props: SlaProps): Figure[] {
  const judged = judge(facts, props);
  const keys: [CustomerChannel | "all", Priority | "all"][] = [
    ["all", "all"],
    ...CUSTOMER_CHANNELS.flatMap((channel) => [
      [channel, "all"] as [CustomerChannel, "all"],
      ...PRIORITIES.map((priority): [CustomerChannel, Priority] => [channel, priority]),
    ]),
  ];
  return keys.flatMap(([channel, priority]) => {
    const key = `${channel}|${priority}`;
    const group = judged.filter(
      (j) =>
        (channel === "all" || j.fact.channel === channel) &&
        (priority === "all" || j.fact.priority === priority),
    );
    const late = group.filter((j) => j.late).map((j) => j.fact.id);
    const inTime = group.filter((j) => !j.late).map((j) => j.fact.id);
    const labels = { channel, priority };
    return [
      figure(`sla|${key}|share`, labels, "share", share(inTime.length, group.length), [...late, ...inTime]),
      figure(`sla|${key}|met`, labels, "count", inTime.length, inTime),
      figure(`sla|${key}|breached`, labels, "count", late.length, late),
    ];
  });
}

/** The breaches of the period, furthest past the target first (then earliest): at most `limit`. */
export function slaBreachList(facts: readonly SlaFact[], props: SlaProps & { limit: number }): SlaBreach[] {
  return judge(facts, props)
    .filter((j) => j.late)
    .map((j) => ({ j, overdue: j.elapsed - j.target }))
    .sort((a, b) => b.overdue - a.overdue)
    .slice(0, props.limit)
    .map(({ j, overdue }) => ({
      conversationId: j.fact.id,
      customerId: j.fact.customerId,
      channel: j.fact.channel,
      priority: j.fact.priority,
      createdAt: j.fact.createdAt,
      targetMinutes: j.target,
      firstResponseAt: j.fact.firstResponseAt,
      overdueMinutes: overdue,
    }));
}
