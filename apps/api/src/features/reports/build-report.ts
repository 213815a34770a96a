import {
  callsReport,
  compareFigures,
  daysBetween,
  reportPeriods,
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
import { deskStretches } from "./desk-stretches.ts";
import { readCallFacts } from "./read-call-facts.ts";
import { repeatContactFigures } from "./repeat-contact-figures.ts";
import type { SqlClock } from "./report-sql.ts";
import { responseTimeFigures } from "./response-time-figures.ts";
import { slaBreaches, slaFigures } from "./sla-figures.ts";

/** How far before the periods response times' business stretches reach at first: most contacts are younger. */
export const REACH_BACK_MS = 400 * 86_400_000;

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
 * days), and response times and SLA count only the time the desk was open: core lays out its open
 * stretches and the database measures by them, as core's business clock does.
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
  // Only response times and SLA measure durations, by stretches reaching from `from` to now. SLA
  // measures contacts created within the periods, answered by now; response times may measure a
  // contact created long before, so they reach back further, and further again when one is older.
  const clock = (from: Date): SqlClock =>
    hours === null
      ? { basis: "calendar" }
      : {
          basis: "business",
          stretches: deskStretches(
            hours,
            from,
            new Date(Math.max(now.getTime(), periods.current.end.getTime())),
          ),
        };
  const built = (
    figures: { current: Figure[]; previous: Figure[] },
    breaches: SlaBreach[] = [],
    basis: BuiltReport["basis"] = "calendar",
  ) => ({ periods, basis, ...figures, breaches });
  const both = async (run: (period: ReportPeriod) => Promise<Figure[]>) => {
    const [current, previous] = await Promise.all([run(periods.current), run(periods.previous)]);
    return { current, previous };
  };
  switch (report) {
    case "contacts": {
      const bucket = input.bucket ?? (daysBetween(input.from, input.to) < 31 ? "day" : "week");
      return built(await both((period) => contactsFigures(db, { period, bucket, filter, listed })));
    }
    case "responseTimes": {
      const measure = async (measured: SqlClock) => {
        const figures = (period: ReportPeriod) =>
          responseTimeFigures(db, { period, clock: measured, filter, listed });
        const [current, previous] = await Promise.all([figures(periods.current), figures(periods.previous)]);
        return { measured, current, previous };
      };
      let run = await measure(clock(new Date(periods.previous.start.getTime() - REACH_BACK_MS)));
      const earliest = [run.current.earliest, run.previous.earliest].reduce<Date | null>(
        (first, at) => (at !== null && (first === null || at < first) ? at : first),
        null,
      );
      // A contact created before the stretches' start: measured again with stretches reaching it.
      if (
        run.measured.basis === "business" &&
        earliest !== null &&
        earliest.getTime() < run.measured.stretches.start
      )
        run = await measure(clock(earliest));
      return built({ current: run.current.figures, previous: run.previous.figures }, [], run.measured.basis);
    }
    case "backlog":
      return built(await both((period) => backlogFigures(db, { period, now, filter, listed })));
    case "community":
      return built(await both((period) => communityFigures(db, { period, filter, listed })));
    case "sla": {
      const measured = clock(periods.previous.start);
      const sla = (period: ReportPeriod) => ({
        period,
        targets: settings.responseTargets,
        clock: measured,
        now,
        filter,
        listed,
      });
      const [current, previous, breaches] = await Promise.all([
        slaFigures(db, sla(periods.current)),
        slaFigures(db, sla(periods.previous)),
        slaBreaches(db, sla(periods.current)),
      ]);
      return built({ current, previous }, breaches, measured.basis);
    }
    case "calls": {
      const calls = await readCallFacts(db, { periods, filter, listed });
      return built({
        current: callsReport(calls, periods.current),
        previous: callsReport(calls, periods.previous),
      });
    }
    case "repeatContacts":
      return built(await both((period) => repeatContactFigures(db, { period, filter, listed })));
    default: {
      const unknown: never = report;
      throw new Error(`Unknown report ${String(unknown)}`);
    }
  }
}

/** What a report procedure answers; the zone is the one the days were read in. */
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
