import {
  backlogReport,
  CHANNELS,
  communityReport,
  contactsReport,
  businessClock,
  calendarClock,
  daysBetween,
  DEFAULT_SERVICE_SETTINGS,
  PRIORITIES,
  repeatContactsReport,
  reportPeriods,
  responseTimesReport,
  SLA_BREACHES_LISTED,
  slaBreachList,
  slaReport,
  type BusinessHours,
  type ConversationFact,
  type Figure,
  type ReportFilter,
  type ReportInput,
  type ReportName,
  type ReportPeriod,
  type ServiceSettings,
} from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../../db/connect.ts";
import { insertConnector, insertCustomer } from "../../test/fixtures.ts";
import { createTestDatabase } from "../../test/test-database.ts";
import { buildReport } from "./build-report.ts";

// The fast SQL path is the written definition: a varied, seeded history goes into the database,
// and every report the SQL computes must equal core's definition over the same rows, ids included.
let database: EmmaDatabase;
let facts: ConversationFact[];
let mergedInto: Map<string, string>;
let teams: string[];
let agents: string[];

const NOW = new Date("2026-09-15T10:00:00Z");
const FIRST = Date.parse("2026-01-20T00:00:00Z");
const LAST = Date.parse("2026-11-20T00:00:00Z");
const MINUTE = 60_000;
const DAY = 86_400_000;

/** mulberry32: the same history on every run and both databases. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  const next = random(13);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)] as T;
  const chance = (p: number) => next() < p;
  const connectorId = await insertConnector(db);
  teams = [];
  for (const name of ["Privatkunden", "Firmenkunden", "Karten"]) {
    const team = await db.insertInto("teams").values({ name }).returning("id").executeTakeFirstOrThrow();
    teams.push(team.id);
  }
  agents = [];
  for (let i = 0; i < 5; i++) {
    const user = await db
      .insertInto("users")
      .values({ email: `agent${i}@bank.test`, display_name: `Agent ${i}`, role: "agent", password_hash: "x" })
      .returning("id")
      .executeTakeFirstOrThrow();
    agents.push(user.id);
  }
  const customers: string[] = [];
  for (let i = 0; i < 80; i++) customers.push(await insertCustomer(db, `Kundin ${i}`));
  // Merges, some in chains: 1 → 0, 2 → 1, 4 → 3, …
  for (let i = 1; i < 30; i += 1 + Math.floor(next() * 2)) {
    const from = customers[i] ?? "";
    const into = customers[i - 1] ?? "";
    await db.updateTable("customers").set({ merged_into: into }).where("id", "=", from).execute();
  }
  // Some customers come back often, across channels, so repeat contacts are many.
  const regulars = customers.slice(0, 25);
  const values = [];
  for (let i = 0; i < 600; i++) {
    const created = FIRST + Math.floor(next() * (LAST - FIRST));
    const customer = chance(0.08) ? null : chance(0.6) ? pick(regulars) : pick(customers);
    const channel = pick(CHANNELS);
    const after = (most: number) => new Date(created + Math.floor(next() ** 3 * most));
    const answered = chance(0.75) ? after(4 * DAY) : null;
    const resolved = chance(0.6) ? after(20 * DAY) : null;
    const solved = channel === "forum" && chance(0.5) ? after(10 * DAY) : null;
    values.push({
      customer_id: customer,
      origin_customer_id: customer,
      connector_id: connectorId,
      channel,
      priority: pick(PRIORITIES),
      external_thread_key: `differential-${i}`,
      team_id: chance(0.8) ? pick(teams) : null,
      assignee_id: chance(0.7) ? pick(agents) : null,
      created_at: new Date(created),
      last_message_at: after(12 * DAY),
      last_inbound_at: chance(0.9) ? new Date(created + MINUTE) : null,
      first_response_at: answered,
      resolved_at: resolved,
      solved_at: solved,
      solved_by_community: solved !== null && chance(0.5),
    });
  }
  await db.insertInto("conversations").values(values).execute();
  const rows = await db.selectFrom("conversations").selectAll().execute();
  facts = rows.map((row) => ({
    id: row.id,
    customerId: row.customer_id,
    channel: row.channel,
    priority: row.priority,
    teamId: row.team_id,
    assigneeId: row.assignee_id,
    createdAt: row.created_at,
    lastMessageAt: row.last_message_at,
    lastInboundAt: row.last_inbound_at,
    firstResponseAt: row.first_response_at,
    resolvedAt: row.resolved_at,
    solvedAt: row.solved_at,
    solvedByCommunity: row.solved_by_community,
  }));
  const merged = await db
    .selectFrom("customers")
    .select(["id", "merged_into"])
    .where("merged_into", "is not", null)
    .execute();
  mergedInto = new Map(merged.flatMap((c) => (c.merged_into === null ? [] : [[c.id, c.merged_into]])));
});
afterAll(() => database.close());

/** Core's definition of one report over the facts, for one period. */
function defined(
  report: Exclude<ReportName, "calls">,
  input: ReportInput,
  period: ReportPeriod,
  targets = DEFAULT_SERVICE_SETTINGS.responseTargets,
): Figure[] {
  const filter: ReportFilter = { teamId: input.teamId, agentId: input.agentId };
  const clock = calendarClock;
  switch (report) {
    case "contacts": {
      const bucket = input.bucket ?? (daysBetween(input.from, input.to) < 31 ? "day" : "week");
      return contactsReport(facts, { period, bucket, filter });
    }
    case "responseTimes":
      return responseTimesReport(facts, { period, filter, clock });
    case "backlog":
      return backlogReport(facts, { period, now: NOW, filter });
    case "sla":
      return slaReport(facts, { period, targets, now: NOW, filter, clock });
    case "repeatContacts":
      return repeatContactsReport(facts, { period, filter, mergedInto });
    case "community":
      return communityReport(facts, { period, filter });
    default: {
      const unknown: never = report;
      throw new Error(`Unknown report ${String(unknown)}`);
    }
  }
}

const REPORTS = ["contacts", "responseTimes", "backlog", "sla", "repeatContacts", "community"] as const;
const RANGES: ReportInput[] = [
  { from: "2026-03-01", to: "2026-03-31", timeZone: "Europe/Berlin" },
  { from: "2026-10-19", to: "2026-11-01", timeZone: "Europe/Berlin", bucket: "week" },
  { from: "2026-04-01", to: "2026-06-29", timeZone: "America/New_York" },
  { from: "2026-07-01", to: "2026-09-28", timeZone: "Asia/Kolkata" },
  { from: "2026-08-10", to: "2026-08-16", timeZone: "UTC" },
];

describe("the SQL reports are the definitions written down in core", () => {
  const cases = RANGES.flatMap((range) =>
    (["everyone", "team", "agent"] as const).map((narrowed) => ({ range, narrowed })),
  );
  it.each(cases)(
    "for $range.from–$range.to in $range.timeZone, narrowed to $narrowed",
    async ({ range, narrowed }) => {
      const input: ReportInput = {
        ...range,
        ...(narrowed === "team" ? { teamId: teams[0] } : {}),
        ...(narrowed === "agent" ? { agentId: agents[1] } : {}),
      };
      const periods = reportPeriods(input);
      for (const report of REPORTS) {
        const built = await buildReport(database.db, {
          report,
          input,
          settings: DEFAULT_SERVICE_SETTINGS,
          now: NOW,
          listed: true,
        });
        expect(built.basis).toBe("calendar");
        expect(built.current, `${report}, current`).toEqual(defined(report, input, periods.current));
        expect(built.previous, `${report}, previous`).toEqual(defined(report, input, periods.previous));
      }
    },
  );

  it("measures something in every report, so the comparison is not between empty reports", () => {
    const input = RANGES[2] ?? { from: "", to: "", timeZone: "UTC" };
    const periods = reportPeriods(input);
    const nonZero = (report: (typeof REPORTS)[number]) =>
      defined(report, input, periods.current).filter((f) => f.value !== null && f.value !== 0).length;
    for (const report of REPORTS) expect(nonZero(report), report).toBeGreaterThan(2);
  });

  it("lists the same SLA breaches, by the admins' own targets", async () => {
    const targets = {
      ...DEFAULT_SERVICE_SETTINGS.responseTargets,
      email: { urgent: 30, high: 60, normal: 120, low: 600 },
    };
    const settings: ServiceSettings = { businessHours: null, responseTargets: targets };
    for (const input of RANGES) {
      const built = await buildReport(database.db, {
        report: "sla",
        input,
        settings,
        now: NOW,
        listed: true,
      });
      const { current } = reportPeriods(input);
      expect(built.current).toEqual(defined("sla", input, current, targets));
      expect(built.breaches).toEqual(
        slaBreachList(facts, {
          period: current,
          targets,
          now: NOW,
          filter: {},
          clock: calendarClock,
          limit: SLA_BREACHES_LISTED,
        }),
      );
    }
  });

  it("measures business hours in the database as core's business clock does", async () => {
    const hours: BusinessHours = {
      timeZone: "Europe/Berlin",
      openings: [1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" })),
      holidays: ["2026-04-03", "2026-10-03"],
    };
    const settings: ServiceSettings = { ...DEFAULT_SERVICE_SETTINGS, businessHours: hours };
    const clock = businessClock(hours);
    for (const range of RANGES) {
      const input = { ...range, teamId: teams[1] };
      const { current, previous } = reportPeriods({ ...input, timeZone: "Europe/Berlin" });
      const filter = { teamId: teams[1] };
      const times = await buildReport(database.db, {
        report: "responseTimes",
        input,
        settings,
        now: NOW,
        listed: true,
      });
      expect(times.basis).toBe("business");
      expect(times.current).toEqual(responseTimesReport(facts, { period: current, filter, clock }));
      expect(times.previous).toEqual(responseTimesReport(facts, { period: previous, filter, clock }));
      const sla = await buildReport(database.db, { report: "sla", input, settings, now: NOW, listed: true });
      const props = { targets: settings.responseTargets, now: NOW, filter, clock };
      expect(sla.current).toEqual(slaReport(facts, { ...props, period: current }));
      expect(sla.previous).toEqual(slaReport(facts, { ...props, period: previous }));
      expect(sla.breaches).toEqual(
        slaBreachList(facts, { ...props, period: current, limit: SLA_BREACHES_LISTED }),
      );
    }
  });
});
