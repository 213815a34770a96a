import {
  compareFigures,
  DEFAULT_SERVICE_SETTINGS,
  type Figure,
  type ReportInput,
  type ReportName,
  type ServiceSettings,
} from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationRow } from "../../db/schema.ts";
import { insertConnector, insertCustomer } from "../../test/fixtures.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { buildReport } from "./build-report.ts";

// The definitions the database computes, on hand-built histories: each test writes its own team's
// conversations and reads the report narrowed to that team, so the histories never meet.
let t: TestApp;
let connectorId: string;
let customerId: string;
let n = 0;

beforeAll(async () => {
  t = await createTestApp();
  connectorId = await insertConnector(t.database.db);
  customerId = await insertCustomer(t.database.db, "Clara Weiß");
});
afterAll(() => t.close());

type Fields = Partial<Omit<ConversationRow, "wait_rank" | "created_at">>;

/** Conversations of a new team, by name: an email contact of one customer unless told otherwise. */
async function history(rows: [name: string, createdAt: string, fields?: Fields][]) {
  const db = t.database.db;
  const team = await db
    .insertInto("teams")
    .values({ name: `Team ${n++}` })
    .returning("id")
    .executeTakeFirstOrThrow();
  const names = new Map<string, string>();
  for (const [name, createdAt, fields] of rows) {
    const row = await db
      .insertInto("conversations")
      .values({
        customer_id: customerId,
        origin_customer_id: customerId,
        connector_id: connectorId,
        channel: "email",
        external_thread_key: `definitions-${n++}`,
        team_id: team.id,
        created_at: new Date(createdAt),
        last_message_at: new Date(createdAt),
        last_inbound_at: new Date(createdAt),
        ...fields,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    names.set(row.id, name);
  }
  const report = async (
    report: ReportName,
    range: Omit<ReportInput, "teamId">,
    now?: Date,
    settings: ServiceSettings = DEFAULT_SERVICE_SETTINGS,
  ) => {
    const built = await buildReport(db, {
      report,
      input: { ...range, teamId: team.id },
      settings,
      now: now ?? new Date("2026-12-01T00:00:00Z"),
      listed: true,
    });
    const named = (figures: Figure[]) =>
      figures.map((f) => ({ ...f, conversationIds: f.conversationIds.map((id) => names.get(id) ?? id) }));
    return { ...built, current: named(built.current), previous: named(built.previous), names };
  };
  return { report };
}

const value = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.value;
const ids = (figures: readonly Figure[], key: string) => figures.find((f) => f.key === key)?.conversationIds;
const berlin = "Europe/Berlin";
const at = (minutes: number) => new Date(Date.parse("2026-06-10T08:00:00Z") + minutes * 60_000);
const june = { from: "2026-06-01", to: "2026-06-30", timeZone: "UTC" };

describe("contacts by channel over time", () => {
  it("counts the 23-hour spring-forward day from local midnight to local midnight", async () => {
    const { report } = await history([
      ["before", "2026-03-28T22:59:00Z"],
      ["first", "2026-03-28T23:00:00Z"],
      ["last", "2026-03-29T21:59:00Z", { channel: "phone" }],
      ["after", "2026-03-29T22:00:00Z"],
      ["ours", "2026-03-29T10:00:00Z", { last_inbound_at: null }],
    ]);
    const { current } = await report("contacts", { from: "2026-03-29", to: "2026-03-29", timeZone: berlin });
    expect(value(current, "contacts|email|day-0")).toBe(1);
    expect(value(current, "contacts|phone|day-0")).toBe(1);
    expect(value(current, "contacts|all|total")).toBe(2);
    expect(ids(current, "contacts|email|total")).toEqual(["first"]);
  });

  it("puts Sunday night of the fall-back weekend in its own week and Monday's first minute in the next", async () => {
    const { report } = await history([
      ["sunday", "2026-10-25T22:30:00Z", { channel: "forum" }],
      ["monday", "2026-10-25T23:00:00Z", { channel: "forum" }],
    ]);
    const { current } = await report("contacts", {
      from: "2026-10-19",
      to: "2026-11-01",
      timeZone: berlin,
      bucket: "week",
    });
    expect(
      current.filter((f) => f.labels.channel === "forum").map((f) => [f.labels.bucket, f.value]),
    ).toEqual([
      ["2026-10-19", 1],
      ["2026-10-26", 1],
      [undefined, 2],
    ]);
  });

  it("compares each day with the same day of the previous period", async () => {
    const { report } = await history([
      ["now", "2026-05-02T08:00:00Z"],
      ["then", "2026-04-30T08:00:00Z"],
      ["then2", "2026-04-30T09:00:00Z"],
    ]);
    const built = await report("contacts", { from: "2026-05-01", to: "2026-05-02", timeZone: "UTC" });
    const row = compareFigures(built.current, built.previous).find((f) => f.key === "contacts|email|day-1");
    expect(row).toMatchObject({ current: 1, previous: 2, labels: { bucket: "2026-05-02" } });
  });
});

describe("first response and resolution time", () => {
  it("takes the nearest-rank median and 90th percentile of first responses within the period", async () => {
    const { report } = await history([
      ...[10, 30, 50, 70, 200].map((m, i): [string, string, Fields] => [
        `c${i}`,
        "2026-06-10T08:00:00Z",
        { first_response_at: at(m) },
      ]),
      ["answered-in-may", "2026-05-30T08:00:00Z", { first_response_at: new Date("2026-05-31T08:00:00Z") }],
    ]);
    const { current } = await report("responseTimes", june);
    expect(value(current, "firstResponse|count")).toBe(5);
    expect(value(current, "firstResponse|median")).toBe(50);
    expect(value(current, "firstResponse|p90")).toBe(200);
    expect(value(current, "resolution|median")).toBeNull();
  });

  it("measures a reopened conversation to its last resolution, and not while it is open again", async () => {
    const { report } = await history([
      // Resolved after 60 minutes, reopened by the customer, resolved again after 300 minutes.
      ["reopened-resolved", "2026-06-10T08:00:00Z", { resolved_at: at(300) }],
      // Resolved once, reopened and open now: resolved_at was cleared.
      ["reopened-open", "2026-06-10T08:00:00Z", { resolved_at: null }],
      ["quick", "2026-06-10T08:00:00Z", { resolved_at: at(20) }],
    ]);
    const { current } = await report("responseTimes", june);
    expect(value(current, "resolution|count")).toBe(2);
    expect(value(current, "resolution|median")).toBe(20);
    expect(value(current, "resolution|p90")).toBe(300);
    expect(ids(current, "resolution|p90")).toEqual(["quick", "reopened-resolved"]);
  });
});

describe("backlog by age", () => {
  it("counts contacts unresolved at the period's end by how long they had been open", async () => {
    const end = Date.parse("2026-03-31T22:00:00Z");
    const ago = (hours: number) => new Date(end - hours * 3_600_000).toISOString();
    const { report } = await history([
      ["fresh", ago(2)],
      ["resolved-later", ago(48), { resolved_at: new Date(end + 3_600_000) }],
      ["old", ago(40 * 24)],
      ["resolved-before", ago(5 * 24), { resolved_at: new Date(end - 3_600_000) }],
      ["later", new Date(end + 60_000).toISOString()],
      ["outreach", ago(3), { last_inbound_at: null }],
    ]);
    const { current } = await report(
      "backlog",
      { from: "2026-03-01", to: "2026-03-31", timeZone: berlin },
      new Date("2026-05-01T00:00:00Z"),
    );
    expect(Object.fromEntries(current.map((f) => [f.key, f.value]))).toEqual({
      "backlog|under1d": 1,
      "backlog|1to3d": 1,
      "backlog|3to7d": 0,
      "backlog|7to30d": 0,
      "backlog|over30d": 1,
      "backlog|all": 3,
    });
    expect(ids(current, "backlog|all")).toEqual(["fresh", "resolved-later", "old"]);
  });
});

describe("SLA share met", () => {
  it("judges first responses against the channel's and priority's target and lists the breaches", async () => {
    const { report } = await history([
      [
        "phone-fast",
        "2026-06-10T08:00:00Z",
        { channel: "phone", priority: "urgent", first_response_at: new Date("2026-06-10T08:10:00Z") },
      ],
      [
        "phone-slow",
        "2026-06-10T08:00:00Z",
        { channel: "phone", priority: "urgent", first_response_at: new Date("2026-06-10T08:20:00Z") },
      ],
      ["mail-unanswered", "2026-06-18T12:00:00Z"],
      ["mail-running", "2026-06-20T11:00:00Z"],
    ]);
    const { current, breaches, names } = await report("sla", june, new Date("2026-06-20T12:00:00Z"));
    expect(value(current, "sla|phone|urgent|share")).toBe(0.5);
    expect(value(current, "sla|email|normal|breached")).toBe(1);
    expect(value(current, "sla|all|all|share")).toBeCloseTo(1 / 3);
    expect(ids(current, "sla|all|all|share")).toEqual(["phone-slow", "mail-unanswered", "phone-fast"]);
    expect(breaches.map((b) => [names.get(b.conversationId), b.overdueMinutes])).toEqual([
      ["mail-unanswered", 1440],
      ["phone-slow", 5],
    ]);
  });
});

describe("questions the community solved", () => {
  it("splits questions solved within the period by who wrote the answer", async () => {
    const { report } = await history([
      [
        "by-customer",
        "2026-06-01T08:00:00Z",
        { channel: "forum", solved_at: new Date("2026-06-02T08:00:00Z"), solved_by_community: true },
      ],
      ["by-agent", "2026-06-01T08:00:00Z", { channel: "forum", solved_at: new Date("2026-06-03T08:00:00Z") }],
      ["open", "2026-06-01T08:00:00Z", { channel: "forum" }],
    ]);
    const { current } = await report("community", june);
    expect(value(current, "community|solvedByCommunity")).toBe(1);
    expect(value(current, "community|share")).toBe(0.5);
    expect(ids(current, "community|share")).toEqual(["by-customer"]);
  });
});

describe("repeat contacts across channels", () => {
  const day = (d: number, hour = 10) =>
    `2026-05-${String(d).padStart(2, "0")}T${String(hour).padStart(2, "0")}:00:00Z`;
  const may = { from: "2026-05-03", to: "2026-05-10", timeZone: "UTC" };

  async function customers(...names: string[]) {
    return Promise.all(names.map((name) => insertCustomer(t.database.db, name)));
  }
  async function merge(from: string, into: string) {
    await t.database.db.updateTable("customers").set({ merged_into: into }).where("id", "=", from).execute();
  }

  it("counts contacts whose customer had a conversation on another channel in the 7 days before", async () => {
    const [anna = "", annaOld = "", ben = "", cem = ""] = await customers("Anna", "A.", "Ben", "Cem");
    await merge(annaOld, anna);
    const { report } = await history([
      // Anna wrote by e-mail as a customer later merged into her; then she called twice.
      ["anna-mail", day(1), { customer_id: annaOld, last_message_at: new Date(day(2)) }],
      ["anna-call-1", day(5), { customer_id: anna, channel: "phone" }],
      ["anna-call-2", day(6), { customer_id: anna, channel: "phone" }],
      // Ben's Facebook message is more than 7 days before his e-mail.
      ["ben-facebook", day(1), { customer_id: ben, channel: "facebook" }],
      ["ben-mail", day(10), { customer_id: ben }],
      // Cem goes X → forum → X.
      ["cem-x-1", day(3), { customer_id: cem, channel: "twitter" }],
      ["cem-forum", day(4), { customer_id: cem, channel: "forum" }],
      ["cem-x-2", day(5), { customer_id: cem, channel: "twitter" }],
      ["unknown-caller", day(5), { customer_id: null, origin_customer_id: null, channel: "phone" }],
    ]);
    const { current } = await report("repeatContacts", may);
    expect(value(current, "repeat|all|count")).toBe(4);
    expect(value(current, "repeat|all|share")).toBeCloseTo(4 / 6);
    expect(value(current, "repeat|all|customers")).toBe(2);
    expect(value(current, "repeat|email>phone|count")).toBe(2);
    expect(value(current, "repeat|email>phone|customers")).toBe(1);
    expect(value(current, "repeat|email>phone|share")).toBe(1);
    expect(value(current, "repeat|twitter>forum|share")).toBe(1);
    expect(value(current, "repeat|forum>twitter|share")).toBe(0.5);
    expect(value(current, "repeat|facebook>email|count")).toBe(0);
    expect(ids(current, "repeat|email>phone|count")).toEqual(["anna-call-1", "anna-call-2"]);
  });

  it("does not see the repeat when the customers were never merged, and follows a merge chain to its end", async () => {
    const [a = "", b = "", c = "", stranger = ""] = await customers("A", "B", "C", "Stranger");
    await merge(a, b);
    await merge(b, c);
    const { report } = await history([
      ["a-mail", day(4), { customer_id: a }],
      ["c-call", day(5), { customer_id: c, channel: "phone" }],
      ["stranger-call", day(5, 11), { customer_id: stranger, channel: "phone" }],
    ]);
    const { current } = await report("repeatContacts", may);
    expect(ids(current, "repeat|email>phone|count")).toEqual(["c-call"]);
    expect(value(current, "repeat|email>phone|share")).toBe(0.5);
  });
});

describe("business hours", () => {
  const weekdays = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "08:00", closes: "18:00" }));
  const desk: ServiceSettings = {
    businessHours: { timeZone: berlin, openings: weekdays, holidays: [] },
    responseTargets: {
      ...DEFAULT_SERVICE_SETTINGS.responseTargets,
      email: { ...DEFAULT_SERVICE_SETTINGS.responseTargets.email, normal: 90 },
    },
  };

  it("measures an e-mail from Friday 17:30 to Monday 08:30 as one business hour", async () => {
    // 12 June 2026 is a Friday; Berlin is UTC+2 in summer.
    const { report } = await history([
      ["weekend", "2026-06-12T15:30:00Z", { first_response_at: new Date("2026-06-15T06:30:00Z") }],
    ]);
    const business = await report("responseTimes", june, undefined, desk);
    expect(business.basis).toBe("business");
    expect(value(business.current, "firstResponse|median")).toBe(60);
    expect(ids(business.current, "firstResponse|median")).toEqual(["weekend"]);
    const calendar = await report("responseTimes", june);
    expect(calendar.basis).toBe("calendar");
    expect(value(calendar.current, "firstResponse|median")).toBe(63 * 60);
  });

  it("judges the SLA by the admins' targets in business hours and reads the days in the desk's zone", async () => {
    const { report } = await history([
      // Monday 17:00 Berlin, answered Tuesday 09:30: 60 + 90 business minutes against 90.
      ["late", "2026-06-15T15:00:00Z", { first_response_at: new Date("2026-06-16T07:30:00Z") }],
      // Friday 17:30, answered Monday 08:30: 60 business minutes, though 63 hours passed.
      ["weekend", "2026-06-12T15:30:00Z", { first_response_at: new Date("2026-06-15T06:30:00Z") }],
      // 00:30 on 1 July in Berlin: already July in the desk's days, still June in UTC.
      ["july", "2026-06-30T22:30:00Z", { first_response_at: new Date("2026-07-01T06:10:00Z") }],
    ]);
    const built = await report("sla", june, new Date("2026-07-10T00:00:00Z"), desk);
    expect(built.basis).toBe("business");
    expect(built.periods.current.timeZone).toBe(berlin);
    expect(ids(built.current, "sla|email|normal|met")).toEqual(["weekend"]);
    expect(ids(built.current, "sla|email|normal|breached")).toEqual(["late"]);
    expect(built.breaches.map((b) => [built.names.get(b.conversationId), b.overdueMinutes])).toEqual([
      ["late", 60],
    ]);
    const calendar = await report("sla", june, new Date("2026-07-10T00:00:00Z"));
    expect(ids(calendar.current, "sla|email|normal|met")).toEqual(["late", "july"]);
    expect(ids(calendar.current, "sla|email|normal|breached")).toEqual(["weekend"]);
  });

  it("measures a contact older than a year to its resolution by every opening since", async () => {
    const mondays: ServiceSettings = {
      ...DEFAULT_SERVICE_SETTINGS,
      businessHours: {
        timeZone: "UTC",
        openings: [{ weekday: 1, opens: "08:00", closes: "09:00" }],
        holidays: [],
      },
    };
    // Monday 6 January 2025 after hours to Monday 8 June 2026 08:30: the 73 Mondays from 13 January
    // 2025 to 1 June 2026, an hour each, and half an hour on the last.
    const { report } = await history([
      ["old", "2025-01-06T12:00:00Z", { resolved_at: new Date("2026-06-08T08:30:00Z") }],
    ]);
    const built = await report("responseTimes", june, undefined, mondays);
    expect(value(built.current, "resolution|median")).toBe(73 * 60 + 30);
  });
});
