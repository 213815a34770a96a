import { CUSTOMER_CHANNELS, PRIORITIES, type Channel, type Priority } from "../channel/channel.ts";
import type { ResponseTargets } from "../conversation/sla.ts";
import type { Clock } from "./business-hours.ts";
import { isContact } from "./contacts-report.ts";
import { figure, share, type ConversationFact, type Figure } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";

export interface SlaBreach {
  conversationId: string;
  customerId: string | null;
  channel: Channel;
  priority: Priority;
  createdAt: Date;
  targetMinutes: number;
  /** null: still unanswered. */
  firstResponseAt: Date | null;
  /** How far past the target, by the report's clock, at the answer or at the evaluation time. */
  overdueMinutes: number;
}

/**
 * For contacts created within the period: was the first answer inside the response target for the
 * channel and priority (by the report's clock)? Met: answered in time. Breached: answered late, or
 * still unanswered when the target ran out (judged at `now`). Unanswered and still within target:
 * not judged yet, left out of the share. The share met is met / (met + breached).
 */
export function slaReport(
  facts: readonly ConversationFact[],
  period: ReportPeriod,
  props: { targets: ResponseTargets; clock: Clock; now: Date },
): { figures: Figure[]; breaches: SlaBreach[] } {
  const { targets, clock, now } = props;
  const met = new Map<string, string[]>();
  const breached = new Map<string, string[]>();
  const breaches: SlaBreach[] = [];
  const push = (map: Map<string, string[]>, key: string, id: string) => {
    const list = map.get(key);
    if (list) list.push(id);
    else map.set(key, [id]);
  };
  for (const c of facts) {
    if (!isContact(c) || !within(c.createdAt, period)) continue;
    const targetMinutes = targets[c.channel][c.priority];
    const elapsed = clock(c.createdAt, c.firstResponseAt ?? now) / 60_000;
    const late = elapsed > targetMinutes;
    if (c.firstResponseAt === null && !late) continue;
    for (const key of [`${c.channel}|${c.priority}`, `${c.channel}|all`, "all|all"]) {
      push(late ? breached : met, key, c.id);
    }
    if (late) {
      breaches.push({
        conversationId: c.id,
        customerId: c.customerId,
        channel: c.channel,
        priority: c.priority,
        createdAt: c.createdAt,
        targetMinutes,
        firstResponseAt: c.firstResponseAt,
        overdueMinutes: elapsed - targetMinutes,
      });
    }
  }
  const figures: Figure[] = [];
  const rows: [string, string][] = [
    ["all", "all"],
    ...CUSTOMER_CHANNELS.flatMap((channel) => [
      [channel, "all"] as [string, string],
      ...PRIORITIES.map((priority): [string, string] => [channel, priority]),
    ]),
  ];
  for (const [channel, priority] of rows) {
    const key = `${channel}|${priority}`;
    const inTime = met.get(key) ?? [];
    const late = breached.get(key) ?? [];
    const labels = { channel, priority };
    figures.push(
      figure(`sla|${key}|share`, labels, "share", share(inTime.length, inTime.length + late.length), [
        ...late,
        ...inTime,
      ]),
      figure(`sla|${key}|met`, labels, "count", inTime.length, inTime),
      figure(`sla|${key}|breached`, labels, "count", late.length, late),
    );
  }
  breaches.sort((a, b) => b.overdueMinutes - a.overdueMinutes);
  return { figures, breaches };
}
