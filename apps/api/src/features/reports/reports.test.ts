import { DEFAULT_RESPONSE_TARGETS } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationRow } from "../../db/schema.ts";
import { insertConnector, insertCustomer } from "../../test/fixtures.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let teamId: string;
let anna: string;
let annaPhone: string;
// The fall-back day in Berlin: 25 hours, 2026-10-24T22:00Z to 2026-10-25T23:00Z.
const range = { from: "2026-10-25", to: "2026-10-25", timeZone: "Europe/Berlin" };

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const connectorId = await insertConnector(db);
  anna = await insertCustomer(db, "Anna Berg");
  const annaOld = await insertCustomer(db, "A. Berg");
  await db.updateTable("customers").set({ merged_into: anna }).where("id", "=", annaOld).execute();
  const ben = await insertCustomer(db, "Ben Kurz");
  teamId = (
    await db.insertInto("teams").values({ name: "Privatkunden" }).returning("id").executeTakeFirstOrThrow()
  ).id;
  let n = 0;
  const conversation = async (
    customerId: string,
    fields: Partial<Omit<ConversationRow, "wait_rank">> & { created_at: Date },
  ) => {
    const row = await db
      .insertInto("conversations")
      .values({
        customer_id: customerId,
        origin_customer_id: customerId,
        connector_id: connectorId,
        channel: "email",
        external_thread_key: `thread-${n++}`,
        last_message_at: fields.created_at,
        last_inbound_at: fields.created_at,
        ...fields,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const at = (iso: string) => new Date(iso);
  // Anna wrote by e-mail as the customer later merged into her, then called late on the 25th.
  await conversation(annaOld, {
    created_at: at("2026-10-20T10:00:00Z"),
    last_message_at: at("2026-10-21T10:00:00Z"),
  });
  annaPhone = await conversation(anna, {
    channel: "phone",
    team_id: teamId,
    created_at: at("2026-10-25T22:30:00Z"),
    first_response_at: at("2026-10-25T22:40:00Z"),
  });
  await conversation(ben, {
    created_at: at("2026-10-25T08:00:00Z"),
    first_response_at: at("2026-10-25T09:00:00Z"),
    resolved_at: at("2026-10-25T12:00:00Z"),
    status: "resolved",
  });
  await conversation(ben, {
    created_at: at("2026-10-24T08:00:00Z"),
    first_response_at: at("2026-10-24T08:30:00Z"),
  });
  // Our own outreach nobody answered: not a contact.
  await conversation(ben, { created_at: at("2026-10-25T09:00:00Z"), last_inbound_at: null });
  const call = (occurredAt: string, call: Record<string, unknown>, kind: "call" | "voicemail" = "call") =>
    db
      .insertInto("timeline_events")
      .values({
        customer_id: anna,
        origin_customer_id: anna,
        conversation_id: annaPhone,
        channel: "phone",
        kind,
        direction: "inbound",
        occurred_at: occurredAt,
        metadata: JSON.stringify({ call: { from: "+491711234567", to: "+4930123456", ...call } }),
      })
      .execute();
  await call("2026-10-25T22:30:00Z", { status: "completed", durationSeconds: 120 });
  await call("2026-10-25T21:00:00Z", { status: "no-answer" });
  await call("2026-10-25T20:00:00Z", { status: "canceled" });
  await call(
    "2026-10-24T12:00:00Z",
    { status: "no-answer", recordingUrl: "https://pbx.example/1.wav" },
    "voicemail",
  );
});
afterAll(() => t.close());

type Figures = { key: string; current: number | null; previous: number | null }[];
const pick = (figures: Figures, key: string) => {
  const found = figures.find((f) => f.key === key);
  return found && [found.current, found.previous];
};

describe("reports over the database", () => {
  it("counts contacts on the local 25-hour day beside the day before", async () => {
    const report = await t.caller("supervisor").reports.contacts(range);
    expect(report.previous).toEqual({ from: "2026-10-24", to: "2026-10-24" });
    expect(pick(report.figures, "contacts|all|total")).toEqual([2, 1]);
    expect(pick(report.figures, "contacts|phone|day-0")).toEqual([1, 0]);
  });

  it("narrows to a team", async () => {
    const report = await t.caller("admin").reports.contacts({ ...range, teamId });
    expect(pick(report.figures, "contacts|all|total")).toEqual([1, 0]);
  });

  it("gives median and p90 of first responses and resolutions in calendar time", async () => {
    const report = await t.caller("supervisor").reports.responseTimes(range);
    expect(report.basis).toBe("calendar");
    expect(pick(report.figures, "firstResponse|median")).toEqual([10, 30]);
    expect(pick(report.figures, "firstResponse|p90")).toEqual([60, 30]);
    expect(pick(report.figures, "resolution|median")).toEqual([240, null]);
  });

  it("sorts calls by outcome, counting unanswered ones and voicemails apart", async () => {
    const report = await t.caller("supervisor").reports.calls(range);
    expect(pick(report.figures, "calls|answered")).toEqual([1, 0]);
    expect(pick(report.figures, "calls|missed")).toEqual([1, 0]);
    expect(pick(report.figures, "calls|abandoned")).toEqual([1, 0]);
    expect(pick(report.figures, "calls|voicemail")).toEqual([0, 1]);
    expect(pick(report.figures, "calls|talkTime")).toEqual([120, 0]);
  });

  it("sees a call after an e-mail of a merged-away customer as a repeat contact, with the customer behind it", async () => {
    const caller = t.caller("supervisor");
    const report = await caller.reports.repeatContacts(range);
    expect(pick(report.figures, "repeat|email>phone|count")).toEqual([1, 0]);
    expect(pick(report.figures, "repeat|all|share")).toEqual([0.5, 0]);
    const drill = await caller.reports.drillDown({
      range,
      report: "repeatContacts",
      key: "repeat|email>phone|count",
    });
    expect(drill.total).toBe(1);
    expect(drill.conversations.map((c) => [c.id, c.customerId, c.customerName, c.channel])).toEqual([
      [annaPhone, anna, "Anna Berg", "phone"],
    ]);
  });

  it("drills into the missed calls' conversations", async () => {
    const drill = await t.caller("admin").reports.drillDown({ range, report: "calls", key: "calls|missed" });
    expect(drill.conversations.map((c) => c.id)).toEqual([annaPhone]);
  });

  it("refuses agents", async () => {
    await expect(t.caller("agent").reports.sla(range)).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});

describe("reports in the desk's business hours", () => {
  it("measures response times and judges the SLA only while the desk is open, by the admins' targets, on the desk's days", async () => {
    // Open on Sundays 08:00–12:00 only. Ben's e-mail came at 09:00 on the 25th (Berlin), was answered
    // at 10:00 and resolved at 13:00; Anna called at 23:30, after hours, answered at 23:40.
    await t.caller("admin").settings.saveService({
      businessHours: {
        timeZone: "Europe/Berlin",
        openings: [{ weekday: 7, opens: "08:00", closes: "12:00" }],
        holidays: [],
      },
      responseTargets: {
        ...DEFAULT_RESPONSE_TARGETS,
        email: { ...DEFAULT_RESPONSE_TARGETS.email, normal: 30 },
      },
    });
    const caller = t.caller("supervisor");
    const asked = { ...range, timeZone: "UTC" };
    const times = await caller.reports.responseTimes(asked);
    expect(times.basis).toBe("business");
    expect(times.timeZone).toBe("Europe/Berlin");
    expect(pick(times.figures, "firstResponse|median")).toEqual([0, 0]);
    expect(pick(times.figures, "firstResponse|p90")).toEqual([60, 0]);
    expect(pick(times.figures, "resolution|median")).toEqual([180, null]);
    const sla = await caller.reports.sla(asked);
    expect(sla.basis).toBe("business");
    expect(pick(sla.figures, "sla|email|normal|breached")).toEqual([1, 0]);
    expect(pick(sla.figures, "sla|phone|normal|met")).toEqual([1, 0]);
    expect(sla.breaches.map((b) => [b.channel, b.targetMinutes, b.overdueMinutes])).toEqual([
      ["email", 30, 30],
    ]);
    const contacts = await caller.reports.contacts(asked);
    expect(contacts.basis).toBe("calendar");
    expect(contacts.timeZone).toBe("Europe/Berlin");
  });
});
