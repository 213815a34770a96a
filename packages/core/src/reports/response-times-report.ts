import type { Clock } from "./business-hours.ts";
import { nearestRank } from "./percentile.ts";
import { figure, type ConversationFact, type Figure } from "./report-facts.ts";
import { within, type ReportPeriod } from "./report-period.ts";
import { isContact } from "./contacts-report.ts";

/**
 * First response time: from a contact's creation to our first answer, for contacts first answered
 * within the period. Resolution time: from creation to resolution, for contacts resolved within the
 * period and still resolved; a reopened conversation counts once it is resolved again, measured to
 * that last resolution (the customer waited all along). Both in minutes, median and 90th
 * percentile (nearest rank), measured by `clock` (calendar or business hours).
 */
export function responseTimesReport(
  facts: readonly ConversationFact[],
  period: ReportPeriod,
  clock: Clock,
): Figure[] {
  const firstResponses: [number, string][] = [];
  const resolutions: [number, string][] = [];
  for (const c of facts) {
    if (!isContact(c)) continue;
    if (within(c.firstResponseAt, period)) {
      firstResponses.push([clock(c.createdAt, c.firstResponseAt) / 60_000, c.id]);
    }
    if (within(c.resolvedAt, period)) resolutions.push([clock(c.createdAt, c.resolvedAt) / 60_000, c.id]);
  }
  return [...measured("firstResponse", firstResponses), ...measured("resolution", resolutions)];
}

function measured(measure: string, sample: [number, string][]): Figure[] {
  sample.sort((a, b) => a[0] - b[0]);
  const minutes = sample.map(([m]) => m);
  const ids = sample.map(([, id]) => id);
  return [
    figure(`${measure}|count`, { measure }, "count", sample.length, ids),
    figure(`${measure}|median`, { measure, statistic: "median" }, "minutes", nearestRank(minutes, 50), ids),
    figure(`${measure}|p90`, { measure, statistic: "p90" }, "minutes", nearestRank(minutes, 90), ids),
  ];
}
