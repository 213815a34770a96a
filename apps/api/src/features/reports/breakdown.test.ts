import { DEFAULT_SERVICE_SETTINGS, type BreakdownValues, type ReportName } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationRow } from "../../db/schema.ts";
import { insertConnector, insertCustomer } from "../../test/fixtures.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
const ids = { privat: "", social: "", empty: "", anna: "", bert: "" };
// A week in Berlin's winter time (UTC+1): 2026-03-01T23:00Z to 2026-03-08T23:00Z; the week before.
const range = { from: "2026-03-02", to: "2026-03-08", timeZone: "Europe/Berlin" };

/**
 * Nine contacts by hand (minutes after creation; e-mail's target 24 h, the phone's 1 h):
 * this week  1 Privat/Anna e-mail: answered 30, resolved 120
 *            2 Privat/Anna e-mail: answered 90, open
 *            3 Privat/Bert phone: answered 120 (late), resolved 180; a call taken (300 s), one missed
 *            4 Social/Bert e-mail: answered 10, resolved 60
 *            5 no team, nobody, e-mail: never answered (late by now), open
 * week before 6 Privat/Anna e-mail: answered 60, resolved 300
 *            7 Social/nobody e-mail: answered 60, open
 *            9 Privat/Anna phone: answered 20, resolved 30; a call taken (200 s)
 * in January 8 Privat/Anna e-mail: never answered, open (backlog only)
 */
beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const connectorId = await insertConnector(db);
  const customerId = await insertCustomer(db, "Clara Kunde");
  const team = async (name: string) =>
    (await db.insertInto("teams").values({ name }).returning("id").executeTakeFirstOrThrow()).id;
  ids.privat = await team("Privatkunden");
  ids.social = await team("Social Media");
  ids.empty = await team("Firmenkunden");
  const agent = async (name: string, email: string) =>
    (
      await db
        .insertInto("users")
        .values({ email, display_name: name, role: "agent", password_hash: "not-a-hash" })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  ids.anna = await agent("Anna Agent", "anna@test.example");
  ids.bert = await agent("Bert Agent", "bert@test.example");
  let n = 0;
  const minutes = (at: string, after: number | null) =>
    after === null ? null : new Date(new Date(at).getTime() + after * 60_000);
  const contact = async (
    created: string,
    answered: number | null,
    resolved: number | null,
    fields: Partial<Pick<ConversationRow, "team_id" | "assignee_id" | "channel">>,
  ) =>
    (
      await db
        .insertInto("conversations")
        .values({
          customer_id: customerId,
          origin_customer_id: customerId,
          connector_id: connectorId,
          channel: "email",
          external_thread_key: `breakdown-${n++}`,
          created_at: new Date(created),
          last_message_at: new Date(created),
          last_inbound_at: new Date(created),
          first_response_at: minutes(created, answered),
          resolved_at: minutes(created, resolved),
          status: resolved === null ? "open" : "resolved",
          ...fields,
        })
        .returning("id")
        .executeTakeFirstOrThrow()
    ).id;
  const privatAnna = { team_id: ids.privat, assignee_id: ids.anna };
  await contact("2026-03-02T09:00:00Z", 30, 120, privatAnna);
  await contact("2026-03-03T09:00:00Z", 90, null, privatAnna);
  const phone = await contact("2026-03-04T09:00:00Z", 120, 180, {
    team_id: ids.privat,
    assignee_id: ids.bert,
    channel: "phone",
  });
  await contact("2026-03-05T09:00:00Z", 10, 60, { team_id: ids.social, assignee_id: ids.bert });
  await contact("2026-03-06T09:00:00Z", null, null, {});
  await contact("2026-02-24T09:00:00Z", 60, 300, privatAnna);
  await contact("2026-02-25T09:00:00Z", 60, null, { team_id: ids.social });
  await contact("2026-01-10T09:00:00Z", null, null, privatAnna);
  const earlierPhone = await contact("2026-02-26T09:00:00Z", 20, 30, { ...privatAnna, channel: "phone" });
  const call = (conversationId: string, occurredAt: string, status: string, durationSeconds?: number) =>
    db
      .insertInto("timeline_events")
      .values({
        customer_id: customerId,
        origin_customer_id: customerId,
        conversation_id: conversationId,
        channel: "phone",
        kind: "call",
        direction: "inbound",
        occurred_at: occurredAt,
        metadata: JSON.stringify({
          call: { from: "+491711234567", to: "+4930123456", status, durationSeconds },
        }),
      })
      .execute();
  await call(phone, "2026-03-04T09:00:00Z", "completed", 300);
  await call(phone, "2026-03-04T10:00:00Z", "no-answer");
  await call(earlierPhone, "2026-02-26T09:00:00Z", "completed", 200);
});
afterAll(() => t.close());

/** A period's figures in column order, as the table shows them. */
const v = (
  contacts: number,
  [firstResponseMedian, firstResponseP90, resolutionMedian]: (number | null)[],
  slaShare: number | null,
  [callsAnswered, callsMissed, talkTime]: number[],
  backlog: number,
): BreakdownValues => ({
  contacts,
  firstResponseMedian: firstResponseMedian ?? null,
  firstResponseP90: firstResponseP90 ?? null,
  resolutionMedian: resolutionMedian ?? null,
  slaShare,
  callsAnswered: callsAnswered ?? 0,
  callsMissed: callsMissed ?? 0,
  talkTime: talkTime ?? 0,
  backlog,
});
const none = [null, null, null];
const noCalls = [0, 0, 0];

describe("reports per team and per agent", () => {
  it("lays every team side by side, the empty one too, and the contacts with no team last", async () => {
    const breakdown = await t.caller("supervisor").reports.breakdown({ ...range, by: "team" });
    expect(breakdown.previous).toEqual({ from: "2026-02-23", to: "2026-03-01" });
    expect(breakdown.rows).toEqual([
      {
        id: ids.empty,
        name: "Firmenkunden",
        current: v(0, none, null, noCalls, 0),
        previous: v(0, none, null, noCalls, 0),
      },
      {
        id: ids.privat,
        name: "Privatkunden",
        current: v(3, [90, 120, 120], 2 / 3, [1, 1, 300], 2),
        previous: v(2, [20, 60, 30], 1, [1, 0, 200], 1),
      },
      {
        id: ids.social,
        name: "Social Media",
        current: v(1, [10, 10, 60], 1, noCalls, 1),
        previous: v(1, [60, 60, null], 1, noCalls, 1),
      },
      { id: null, name: null, current: v(1, none, 0, noCalls, 1), previous: v(0, none, null, noCalls, 0) },
    ]);
    expect(breakdown.total).toEqual({
      current: v(5, [30, 120, 120], 0.6, [1, 1, 300], 4),
      previous: v(3, [60, 60, 30], 1, [1, 0, 200], 2),
    });
  });

  it("lays the agents side by side, with the unassigned last", async () => {
    const breakdown = await t.caller("admin").reports.breakdown({ ...range, by: "agent" });
    expect(breakdown.rows).toEqual([
      {
        id: ids.anna,
        name: "Anna Agent",
        current: v(2, [30, 90, 120], 1, noCalls, 2),
        previous: v(2, [20, 60, 30], 1, [1, 0, 200], 1),
      },
      {
        id: ids.bert,
        name: "Bert Agent",
        current: v(2, [10, 120, 60], 0.5, [1, 1, 300], 0),
        previous: v(0, none, null, noCalls, 0),
      },
      {
        id: null,
        name: null,
        current: v(1, none, 0, noCalls, 2),
        previous: v(1, [60, 60, null], 1, noCalls, 1),
      },
    ]);
  });

  it("lays one team's agents side by side, and totals that team", async () => {
    const breakdown = await t
      .caller("supervisor")
      .reports.breakdown({ ...range, by: "agent", teamId: ids.social });
    expect(breakdown.rows).toEqual([
      {
        id: ids.bert,
        name: "Bert Agent",
        current: v(1, [10, 10, 60], 1, noCalls, 0),
        previous: v(0, none, null, noCalls, 0),
      },
      {
        id: null,
        name: null,
        current: v(0, none, null, noCalls, 1),
        previous: v(1, [60, 60, null], 1, noCalls, 1),
      },
    ]);
    expect(breakdown.total).toEqual({
      current: v(1, [10, 10, 60], 1, noCalls, 1),
      previous: v(1, [60, 60, null], 1, noCalls, 1),
    });
  });

  /** Every breakdown row beside the reports narrowed to its team or agent; the total of all. */
  async function breakdownAgreesWithReports() {
    const caller = t.caller("supervisor");
    const narrowed = async (filter: { teamId?: string; agentId?: string }) => {
      const input = { ...range, ...filter };
      const reports = await Promise.all(
        (["contacts", "responseTimes", "sla", "calls", "backlog"] as const satisfies ReportName[]).map(
          (report) => caller.reports[report](input),
        ),
      );
      const figures = reports.flatMap((report) => report.figures);
      const pick = (key: string, period: "current" | "previous") =>
        figures.find((f) => f.key === key)?.[period] ?? null;
      const period = (p: "current" | "previous") => ({
        contacts: pick("contacts|all|total", p),
        firstResponseMedian: pick("firstResponse|median", p),
        firstResponseP90: pick("firstResponse|p90", p),
        resolutionMedian: pick("resolution|median", p),
        slaShare: pick("sla|all|all|share", p),
        callsAnswered: pick("calls|answered", p),
        callsMissed: pick("calls|missed", p),
        talkTime: pick("calls|talkTime", p),
        backlog: pick("backlog|all", p),
      });
      return { current: period("current"), previous: period("previous") };
    };
    const teams = await caller.reports.breakdown({ ...range, by: "team" });
    const agents = await caller.reports.breakdown({ ...range, by: "agent" });
    for (const row of teams.rows) {
      if (row.id === null) continue;
      const { current, previous } = await narrowed({ teamId: row.id });
      expect({ name: row.name, current: row.current, previous: row.previous }).toEqual({
        name: row.name,
        current,
        previous,
      });
    }
    for (const row of agents.rows) {
      if (row.id === null) continue;
      const { current, previous } = await narrowed({ agentId: row.id });
      expect({ name: row.name, current: row.current, previous: row.previous }).toEqual({
        name: row.name,
        current,
        previous,
      });
    }
    expect(teams.total).toEqual(await narrowed({}));
    expect(agents.total).toEqual(teams.total);
    return teams.total;
  }

  it("gives every team and agent the very figures of the reports narrowed to it", async () => {
    await breakdownAgreesWithReports();
  });

  it("measures as the reports do by the admins' business hours and targets", async () => {
    const calendar = await breakdownAgreesWithReports();
    const admin = t.caller("admin");
    const targets = DEFAULT_SERVICE_SETTINGS.responseTargets;
    await admin.settings.saveService({
      businessHours: {
        timeZone: "Europe/Berlin",
        openings: [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opens: "09:00", closes: "10:00" })),
        holidays: [],
      },
      responseTargets: { ...targets, email: { ...targets.email, normal: 15 } },
    });
    try {
      const business = await breakdownAgreesWithReports();
      // Only an hour a day counts, and e-mail is due in a quarter of an hour: other figures.
      expect(business.current).not.toEqual(calendar.current);
    } finally {
      await admin.settings.saveService(DEFAULT_SERVICE_SETTINGS);
    }
  });

  it("refuses agents, and a range that ends before it starts", async () => {
    await expect(t.caller("agent").reports.breakdown({ ...range, by: "team" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    await expect(
      t.caller("supervisor").reports.breakdown({ ...range, from: "2026-03-09", by: "agent" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: /end on or after its first day/ });
  });
});
