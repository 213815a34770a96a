import {
  callsReport,
  compareFigures,
  DEFAULT_RESPONSE_TARGETS,
  daysBetween,
  reportPeriods,
  type Figure,
  type ReportInput,
  type ReportName,
  type ReportPeriod,
  type SlaBreach,
} from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { backlogFigures } from "./backlog-figures.ts";
import { communityFigures } from "./community-figures.ts";
import { contactsFigures } from "./contacts-figures.ts";
import { readCallFacts } from "./read-call-facts.ts";
import { repeatContactFigures } from "./repeat-contact-figures.ts";
import { responseTimeFigures } from "./response-time-figures.ts";
import { slaBreaches, slaFigures } from "./sla-figures.ts";

export interface BuiltReport {
  periods: ReturnType<typeof reportPeriods>;
  basis: "calendar" | "business";
  current: Figure[];
  previous: Figure[];
  breaches: SlaBreach[];
}

/**
 * One report over the range and the previous range. The database counts, buckets and ranks, so a
 * report page costs a few grouped rows; `listed` (a drill-down) also lists the conversations behind
 * every number, in the number's own order. Business hours are not configurable yet (a later
 * issue): until then every duration is calendar time and the output says so.
 */
export async function buildReport(
  db: Kysely<Database>,
  props: { report: ReportName; input: ReportInput; now: Date; listed?: boolean },
): Promise<BuiltReport> {
  const { report, input, now } = props;
  const listed = props.listed ?? false;
  const periods = reportPeriods(input);
  const filter = { teamId: input.teamId, agentId: input.agentId };
  const built = (figures: { current: Figure[]; previous: Figure[] }, breaches: SlaBreach[] = []) => ({
    periods,
    basis: "calendar" as const,
    ...figures,
    breaches,
  });
  const both = async (run: (period: ReportPeriod) => Promise<Figure[]>) => {
    const [current, previous] = await Promise.all([run(periods.current), run(periods.previous)]);
    return built({ current, previous });
  };
  switch (report) {
    case "contacts": {
      const bucket = input.bucket ?? (daysBetween(input.from, input.to) < 31 ? "day" : "week");
      return both((period) => contactsFigures(db, { period, bucket, filter, listed }));
    }
    case "responseTimes":
      return both((period) => responseTimeFigures(db, { period, filter, listed }));
    case "backlog":
      return both((period) => backlogFigures(db, { period, now, filter, listed }));
    case "community":
      return both((period) => communityFigures(db, { period, filter, listed }));
    case "sla": {
      const sla = (period: ReportPeriod) => ({
        period,
        targets: DEFAULT_RESPONSE_TARGETS,
        now,
        filter,
        listed,
      });
      const [current, previous, breaches] = await Promise.all([
        slaFigures(db, sla(periods.current)),
        slaFigures(db, sla(periods.previous)),
        slaBreaches(db, sla(periods.current)),
      ]);
      return built({ current, previous }, breaches);
    }
    case "calls": {
      const calls = await readCallFacts(db, { periods, filter, listed });
      return built({
        current: callsReport(calls, periods.current),
        previous: callsReport(calls, periods.previous),
      });
    }
    case "repeatContacts":
      return both((period) => repeatContactFigures(db, { period, filter, listed }));
    default: {
      const unknown: never = report;
      throw new Error(`Unknown report ${String(unknown)}`);
    }
  }
}

export function presentReport(report: ReportName, input: ReportInput, built: BuiltReport) {
  const { current, previous } = built.periods;
  return {
    report,
    timeZone: input.timeZone,
    current: { from: current.from, to: current.to },
    previous: { from: previous.from, to: previous.to },
    basis: built.basis,
    figures: compareFigures(built.current, built.previous),
  };
}
