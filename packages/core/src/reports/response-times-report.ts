import type { Clock } from "./business-hours.ts";
import {
  isContact,
  minutesBetween,
  narrowedTo,
  nearestRank,
  type ConversationFact,
  type ReportFilter,
} from "./conversation-facts.ts";
import { figure, type Figure } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";

export type ResponseFact = Pick<
  ConversationFact,
  | "id"
  | "channel"
  | "teamId"
  | "assigneeId"
  | "createdAt"
  | "lastInboundAt"
  | "firstResponseAt"
  | "resolvedAt"
>;

export const RESPONSE_MEASURES = ["firstResponse", "resolution"] as const;
export type ResponseMeasure = (typeof RESPONSE_MEASURES)[number];

const measuredTo: Record<ResponseMeasure, (fact: ResponseFact) => Date | null> = {
  firstResponse: (fact) => fact.firstResponseAt,
  resolution: (fact) => fact.resolvedAt,
};

/**
 * First response time: from a contact's creation to our first answer, for contacts first answered
 * within the period. Resolution time: from creation to resolution, for contacts resolved within the
 * period and still resolved; a reopened conversation counts once it is resolved again, measured to
 * that last resolution (the customer waited all along). Both in minutes by the report's clock
 * (calendar time, or only the desk's business hours when admins set them); the median and the 90th
 * percentile by nearest rank (`nearestRank`), checkable by hand on a sorted list; null for an empty
 * sample. Behind each number: the sample, shortest first.
 */
export function responseTimesReport(
  facts: readonly ResponseFact[],
  props: { period: ReportPeriod; filter: ReportFilter; clock: Clock },
): Figure[] {
  const { period, filter, clock } = props;
  return RESPONSE_MEASURES.flatMap((measure) => {
    const sample: { minutes: number; id: string }[] = [];
    for (const fact of facts) {
      const at = measuredTo[measure](fact);
      if (!isContact(fact) || !within(at, period) || !narrowedTo(fact, filter)) continue;
      sample.push({ minutes: minutesBetween(clock, fact.createdAt, at), id: fact.id });
    }
    sample.sort((a, b) => a.minutes - b.minutes || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const minutes = sample.map((s) => s.minutes);
    const ids = sample.map((s) => s.id);
    return [
      figure(`${measure}|count`, { measure }, "count", sample.length, ids),
      figure(
        `${measure}|median`,
        { measure, statistic: "median" },
        "minutes",
        nearestRank(minutes, 0.5),
        ids,
      ),
      figure(`${measure}|p90`, { measure, statistic: "p90" }, "minutes", nearestRank(minutes, 0.9), ids),
    ];
  });
}
