import {
  businessClock,
  callsReport,
  compareFigures,
  daysBetween,
  reportPeriods,
  responseTimesReport,
  SLA_BREACHES_LISTED,
  slaBreachList,
  slaReport,
  type BusinessHours,
  type Figure,
  type ReportInput,
  type ReportName,
  type ReportPeriod,
  type ServiceSettings,
  type SlaBreach,
} from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { backlogFigures } from "./backlog-figures.ts";
import { communityFigures } from "./community-figures.ts";
import { contactsFigures } from "./contacts-figures.ts";
import { readCallFacts } from "./read-call-facts.ts";
import { readResponseTimeFacts, readSlaFacts } from "./read-response-facts.ts";
import { repeatContactFigures } from "./repeat-contact-figures.ts";
import { responseTimeFigures } from "./response-time-figures.ts";
import { slaBreaches, slaFigures } from "./sla-figures.ts";
import type { FactFilter } from "./report-sql.ts";

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
 * every number, in the number's own order. The SQL is the fast path of core's definitions (a
 * differential test holds them equal). When the admins set business hours, the days are the
 * desk's (read in its zone, whatever zone the caller asked in, so every supervisor sees the same
 * days) and response times and SLA run only while the desk is open: those two read their contacts
 * and apply core's definitions with the business clock, which SQL cannot walk.
 */
export async function buildReport(
  db: Kysely<Database>,
  props: { report: ReportName; input: ReportInput; settings: ServiceSettings; now: Date; listed?: boolean },
): Promise<BuiltReport> {
  const { report, settings, now } = props;
  const hours = settings.businessHours;
  const input = hours === null ? props.input : { ...props.input, timeZone: hours.timeZone };
  const listed = props.listed ?? false;
  const periods = reportPeriods(input);
  const filter = { teamId: input.teamId, agentId: input.agentId };
  const built = (
    figures: { current: Figure[]; previous: Figure[] },
    breaches: SlaBreach[] = [],
    basis: BuiltReport["basis"] = "calendar",
  ) => ({ periods, basis, ...figures, breaches });
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
      if (hours !== null) return inBusinessHours(db, { report, hours, settings, periods, filter, now });
      return both((period) => responseTimeFigures(db, { period, filter, listed }));
    case "backlog":
      return both((period) => backlogFigures(db, { period, now, filter, listed }));
    case "community":
      return both((period) => communityFigures(db, { period, filter, listed }));
    case "sla": {
      if (hours !== null) return inBusinessHours(db, { report, hours, settings, periods, filter, now });
      const sla = (period: ReportPeriod) => ({
        period,
        targets: settings.responseTargets,
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

/**
 * Response times or SLA with the clock running only in business hours. The drill-down's ids come
 * with the figures for free here, so they are always listed.
 */
async function inBusinessHours(
  db: Kysely<Database>,
  props: {
    report: "responseTimes" | "sla";
    hours: BusinessHours;
    settings: ServiceSettings;
    periods: ReturnType<typeof reportPeriods>;
    filter: FactFilter;
    now: Date;
  },
): Promise<BuiltReport> {
  const { report, hours, settings, periods, filter, now } = props;
  const clock = businessClock(hours);
  if (report === "responseTimes") {
    const facts = await readResponseTimeFacts(db, { periods, filter });
    const run = (period: ReportPeriod) => responseTimesReport(facts, { period, filter, clock });
    return {
      periods,
      basis: "business",
      current: run(periods.current),
      previous: run(periods.previous),
      breaches: [],
    };
  }
  const facts = await readSlaFacts(db, { periods, filter });
  const sla = (period: ReportPeriod) => ({ period, targets: settings.responseTargets, now, filter, clock });
  return {
    periods,
    basis: "business",
    current: slaReport(facts, sla(periods.current)),
    previous: slaReport(facts, sla(periods.previous)),
    breaches: slaBreachList(facts, { ...sla(periods.current), limit: SLA_BREACHES_LISTED }),
  };
}

export function presentReport(report: ReportName, built: BuiltReport) {
  const { current, previous } = built.periods;
  return {
    report,
    timeZone: current.timeZone,
    current: { from: current.from, to: current.to },
    previous: { from: previous.from, to: previous.to },
    basis: built.basis,
    figures: compareFigures(built.current, built.previous),
  };
}
