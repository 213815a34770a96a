import {
  emptyBreakdownValues,
  reportPeriods,
  share,
  type BreakdownRow,
  type BreakdownValues,
  type ReportBreakdownInput,
  type ReportBreakdownOutput,
  type ServiceSettings,
} from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { breakdownBacklog } from "./breakdown-backlog.ts";
import { breakdownCalls } from "./breakdown-calls.ts";
import { breakdownNames } from "./breakdown-names.ts";
import { breakdownSla } from "./breakdown-sla.ts";
import { NOBODY, TOTAL, type BreakdownScope, type GroupKey, type PeriodName } from "./breakdown-sql.ts";
import { breakdownTimes } from "./breakdown-times.ts";
import { REACH_BACK_MS } from "./build-report.ts";
import { deskStretches } from "./desk-stretches.ts";
import type { SqlClock } from "./report-sql.ts";

type Both = Record<PeriodName, BreakdownValues>;

/**
 * The key figures of every report side by side per team or agent, each period beside the
 * previous: a handful of grouped queries over both periods at once, whatever the number of rows.
 * SLA by the admins' response targets; with business hours set, durations count the desk's open
 * time and the days are the desk's, as the reports measure them (a contact created more than 400
 * days before the range is measured from then, where the reports reach further back).
 */
export async function buildBreakdown(
  db: Kysely<Database>,
  props: { input: ReportBreakdownInput; settings: ServiceSettings; now: Date },
): Promise<ReportBreakdownOutput> {
  const { now } = props;
  const hours = props.settings.businessHours;
  const input = hours === null ? props.input : { ...props.input, timeZone: hours.timeZone };
  const periods = reportPeriods(input);
  const scope: BreakdownScope = { periods, by: input.by, teamId: input.teamId };
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
  const [times, sla, calls, backlog] = await Promise.all([
    breakdownTimes(db, { scope, clock: clock(new Date(periods.previous.start.getTime() - REACH_BACK_MS)) }),
    breakdownSla(db, {
      scope,
      targets: props.settings.responseTargets,
      clock: clock(periods.previous.start),
      now,
    }),
    breakdownCalls(db, scope),
    breakdownBacklog(db, { scope, now }),
  ]);
  const groups = new Map<GroupKey, Both>();
  const of = (key: GroupKey): Both => {
    const found = groups.get(key);
    if (found) return found;
    const both = { current: emptyBreakdownValues(), previous: emptyBreakdownValues() };
    groups.set(key, both);
    return both;
  };
  for (const row of times) {
    const values = of(row.key)[row.period];
    if (row.measure === "contacts") values.contacts = row.count;
    if (row.measure === "firstResponse") {
      values.firstResponseMedian = row.median;
      values.firstResponseP90 = row.p90;
    }
    if (row.measure === "resolution") values.resolutionMedian = row.median;
  }
  for (const row of sla) of(row.key)[row.period].slaShare = share(row.met, row.met + row.breached);
  for (const row of calls) {
    const values = of(row.key)[row.period];
    values.callsAnswered = row.answered;
    values.callsMissed = row.missed;
    values.talkTime = row.talkSeconds;
  }
  for (const row of backlog) {
    of(row.key).current.backlog = row.current;
    of(row.key).previous.backlog = row.previous;
  }
  const total = of(TOTAL);
  groups.delete(TOTAL);
  const names = await breakdownNames(db, {
    by: input.by,
    teamId: input.teamId,
    ids: [...groups.keys()].filter((key) => key !== NOBODY),
  });
  // Every team shows, also one with nothing in either period.
  for (const id of names.keys()) of(id);
  const rows: BreakdownRow[] = [...groups].map(([key, both]) => ({
    id: key === NOBODY ? null : key,
    name: key === NOBODY ? null : (names.get(key) ?? null),
    ...both,
  }));
  return {
    by: input.by,
    timeZone: input.timeZone,
    current: { from: periods.current.from, to: periods.current.to },
    previous: { from: periods.previous.from, to: periods.previous.to },
    basis: "calendar",
    rows: rows.sort(byName),
    total,
  };
}

/** By name, in German order; the row without a team or agent last. */
function byName(a: BreakdownRow, b: BreakdownRow): number {
  if (a.name === null || b.name === null) return a.name === null ? (b.name === null ? 0 : 1) : -1;
  return a.name.localeCompare(b.name, "de");
}
