import {
  backlogReport,
  callsReport,
  clockFor,
  communityReport,
  compareFigures,
  contactsReport,
  DEFAULT_RESPONSE_TARGETS,
  daysBetween,
  repeatContactsReport,
  reportPeriods,
  responseTimesReport,
  slaReport,
  type BusinessHours,
  type Figure,
  type ReportInput,
  type ReportName,
  type ReportPeriod,
  type SlaBreach,
} from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { readCallFacts } from "./read-call-facts.ts";
import { readConversationFacts, readMergedInto, type FactScope } from "./read-conversation-facts.ts";

export interface BuiltReport {
  periods: ReturnType<typeof reportPeriods>;
  basis: "calendar" | "business";
  current: Figure[];
  previous: Figure[];
  breaches: SlaBreach[];
}

const SCOPES = {
  contacts: "created",
  responseTimes: "answeredOrResolved",
  backlog: "backlog",
  sla: "created",
  community: "solved",
} as const satisfies Record<Exclude<ReportName, "calls" | "repeatContacts">, FactScope>;

/**
 * One report over the range and the previous range, with the conversations behind every figure.
 * Business hours are not configurable yet (a later issue): until then every duration is calendar
 * time and the output says so. `listCalls` lists each call (for a drill-down) instead of counting.
 */
export async function buildReport(
  db: Kysely<Database>,
  props: { report: ReportName; input: ReportInput; now: Date; listCalls?: boolean },
): Promise<BuiltReport> {
  const { report, input, now } = props;
  const periods = reportPeriods(input);
  const filter = { teamId: input.teamId, agentId: input.agentId };
  const hours: BusinessHours | null = null;
  const { clock, basis } = clockFor(hours);
  const both = (run: (period: ReportPeriod) => Figure[]) => ({
    current: run(periods.current),
    previous: run(periods.previous),
  });
  const built = (figures: { current: Figure[]; previous: Figure[] }, breaches: SlaBreach[] = []) => ({
    periods,
    basis,
    ...figures,
    breaches,
  });
  if (report === "calls") {
    const calls = await readCallFacts(db, { periods, filter, listed: props.listCalls ?? false });
    return built(both((period) => callsReport(calls, period)));
  }
  if (report === "repeatContacts") {
    const context = await readConversationFacts(db, { scope: "repeatContext", periods, filter });
    // Unnarrowed, the context already holds every contact of both periods (a contact's last
    // message is at or after its creation), so they are not read twice.
    const narrowed = filter.teamId !== undefined || filter.agentId !== undefined;
    const contacts = narrowed
      ? await readConversationFacts(db, { scope: "created", periods, filter })
      : context;
    const mergedInto = await readMergedInto(db);
    return built(both((period) => repeatContactsReport(contacts, context, period, mergedInto)));
  }
  const facts = await readConversationFacts(db, { scope: SCOPES[report], periods, filter });
  switch (report) {
    case "contacts": {
      const bucket = input.bucket ?? (daysBetween(input.from, input.to) < 31 ? "day" : "week");
      return built(both((period) => contactsReport(facts, period, bucket)));
    }
    case "responseTimes":
      return built(both((period) => responseTimesReport(facts, period, clock)));
    case "backlog":
      return built(both((period) => backlogReport(facts, period, now)));
    case "community":
      return built(both((period) => communityReport(facts, period)));
    case "sla": {
      const sla = (period: ReportPeriod) =>
        slaReport(facts, period, { targets: DEFAULT_RESPONSE_TARGETS, clock, now });
      const current = sla(periods.current);
      return built({ current: current.figures, previous: sla(periods.previous).figures }, current.breaches);
    }
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
