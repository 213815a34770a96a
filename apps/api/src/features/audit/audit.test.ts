import type { AuditFilters } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { writeAudit, type AuditEntry } from "../../audit/write-audit.ts";
import { insertCustomer } from "../../test/fixtures.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let url: string;
let anna: string;
let annaOld: string;
let carl: string;

/** The fixed history lies in 2020, so the audit.viewed entries the tests cause stay out of it. */
const IN_2020: AuditFilters = {
  from: new Date("2020-01-01T00:00:00Z"),
  to: new Date("2021-01-01T00:00:00Z"),
};
const at = (minute: number) => new Date(Date.UTC(2020, 5, 1, 9, minute));

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  const db = t.database.db;
  anna = await insertCustomer(db, "Anna Berger");
  carl = await insertCustomer(db, "Carl Decker");
  // A record merged into Anna's: what was written for it is Anna's now.
  annaOld = await insertCustomer(db, "A. Berger");
  await db.updateTable("customers").set({ merged_into: anna }).where("id", "=", annaOld).execute();
  const { agent, supervisor, admin } = t.users;
  const entries: AuditEntry[] = [
    {
      actorUserId: agent.id,
      action: "customer.viewed",
      subjectType: "customer",
      subjectId: annaOld,
      customerId: annaOld,
      at: at(1),
    },
    {
      actorUserId: agent.id,
      action: "customer.searched",
      subjectType: "customer",
      subjectId: null,
      details: { query: '=Berger; "GmbH"', filters: {}, customerIds: [anna, carl] },
      at: at(2),
    },
    {
      actorUserId: supervisor.id,
      action: "conversation.assigned",
      subjectType: "conversation",
      subjectId: "c1",
      customerId: carl,
      at: at(3),
    },
    { actorUserId: admin.id, action: "user.created", subjectType: "user", subjectId: agent.id, at: at(4) },
    { actorUserId: agent.id, action: "session.created", subjectType: "session", subjectId: "s1", at: at(5) },
    {
      actorUserId: agent.id,
      action: "customer.viewed",
      subjectType: "customer",
      subjectId: anna,
      customerId: anna,
      at: at(6),
    },
  ];
  for (const entry of entries) await writeAudit(db, entry);
});
afterAll(() => t.close());

const actionsOf = (entries: { action: string }[]) => entries.map((entry) => entry.action);

describe("audit.list", () => {
  it("shows an admin everything, newest first, with names instead of ids", async () => {
    const { entries } = await t.caller("admin").audit.list({ filters: IN_2020 });
    expect(actionsOf(entries)).toEqual([
      "customer.viewed",
      "session.created",
      "user.created",
      "conversation.assigned",
      "customer.searched",
      "customer.viewed",
    ]);
    expect(entries[0]?.actor).toEqual({ id: t.users.agent.id, name: "Test agent" });
    expect(entries[3]?.customer).toEqual({ id: carl, name: "Carl Decker", recordedId: carl });
  });

  it("shows a supervisor customer reads and changes only, not sign-ins or user changes", async () => {
    const { entries } = await t.caller("supervisor").audit.list({ filters: IN_2020 });
    expect(actionsOf(entries)).toEqual([
      "customer.viewed",
      "conversation.assigned",
      "customer.searched",
      "customer.viewed",
    ]);
  });

  it("finds a customer's entries across merged records and the searches that listed them", async () => {
    const { entries } = await t
      .caller("supervisor")
      .audit.list({ filters: { ...IN_2020, customerId: annaOld } });
    expect(actionsOf(entries)).toEqual(["customer.viewed", "customer.searched", "customer.viewed"]);
    // The entry written for the merged-away record names the survivor.
    expect(entries[2]?.customer).toEqual({ id: anna, name: "Anna Berger", recordedId: annaOld });
    expect(entries[1]?.details).toEqual([{ key: "query", value: '=Berger; "GmbH"' }]);
  });

  it("filters by person, by several actions and by time", async () => {
    const admin = t.caller("admin");
    const byPerson = await admin.audit.list({ filters: { ...IN_2020, actorUserId: t.users.supervisor.id } });
    expect(actionsOf(byPerson.entries)).toEqual(["conversation.assigned"]);
    const byActions = await admin.audit.list({
      filters: { ...IN_2020, actions: ["user.created", "session.created"] },
    });
    expect(actionsOf(byActions.entries)).toEqual(["session.created", "user.created"]);
    const byTime = await admin.audit.list({ filters: { from: at(2), to: at(4) } });
    expect(actionsOf(byTime.entries)).toEqual(["conversation.assigned", "customer.searched"]);
  });

  it("pages by keyset without skipping or repeating entries", async () => {
    const admin = t.caller("admin");
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await admin.audit.list({ filters: IN_2020, limit: 4, ...(cursor ? { cursor } : {}) });
      seen.push(...page.entries.map((entry) => entry.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    const all = await admin.audit.list({ filters: IN_2020 });
    expect(seen).toEqual(all.entries.map((entry) => entry.id));
  });

  it("refuses a range that ends before it starts", async () => {
    await expect(t.caller("admin").audit.list({ filters: { from: at(5), to: at(1) } })).rejects.toThrow(
      /end of the time range/,
    );
  });

  it("audits the reading itself, naming the customers a page showed", async () => {
    await t.caller("supervisor").audit.list({ filters: { ...IN_2020, customerId: anna } });
    await t.app.services.readAudit.flush();
    const { entries } = await t.caller("admin").audit.list({
      filters: { actorUserId: t.users.supervisor.id, actions: ["audit.viewed"] },
      limit: 1,
    });
    expect(entries[0]?.subjectId).toBe(anna);
  });
});

describe("audit.customerAccess", () => {
  it("answers who looked at a customer, per person, over every merged record", async () => {
    const access = await t.caller("supervisor").audit.customerAccess({ customerId: annaOld });
    expect(access.customerId).toBe(anna);
    const agent = access.people.find((person) => person.actor?.id === t.users.agent.id);
    expect(agent).toEqual({
      actor: { id: t.users.agent.id, name: "Test agent" },
      firstAt: at(1).toISOString(),
      lastAt: at(6).toISOString(),
      views: 3,
      actions: [
        { action: "customer.viewed", count: 2 },
        { action: "customer.searched", count: 1 },
      ],
    });
    // The agent's sign-in is not about Anna; Carl's assignment neither.
    expect(agent?.actions.map((a) => a.action)).not.toContain("session.created");
  });

  it("counts the reading of the report itself as a view", async () => {
    const viewsOf = async () => {
      await t.app.services.readAudit.flush();
      const access = await t.caller("admin").audit.customerAccess({ customerId: anna });
      return access.people.find((person) => person.actor?.id === t.users.admin.id)?.views ?? 0;
    };
    const before = await viewsOf();
    expect(await viewsOf()).toBe(before + 1);
  });
});

describe("GET /audit/export", () => {
  const get = (query: string, token?: string) =>
    fetch(`${url}/audit/export?${query}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});
  const range = `from=${IN_2020.from?.toISOString() ?? ""}&to=${IN_2020.to?.toISOString() ?? ""}`;

  it("streams the filtered log as CSV with a BOM, German column names and quoted fields", async () => {
    const response = await get(`${range}&customerId=${anna}`, t.users.supervisor.token);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const bytes = Buffer.from(await response.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.toString("utf8").slice(1).split("\r\n");
    expect(lines[0]).toBe(
      "Zeitpunkt (UTC);Person;Aktion;Kunde;Kunden-ID;Gegenstand;Gegenstands-ID;Details;IP-Adresse",
    );
    expect(lines.slice(1)).toEqual([
      `2020-06-01T09:06:00.000Z;Test agent;customer.viewed;Anna Berger;${anna};customer;${anna};;`,
      `2020-06-01T09:02:00.000Z;Test agent;customer.searched;;;customer;;"query: =Berger; ""GmbH""";`,
      `2020-06-01T09:01:00.000Z;Test agent;customer.viewed;Anna Berger;${anna};customer;${annaOld};;`,
      "",
    ]);
  });

  it("names the columns in English on request, and keeps a supervisor's scope", async () => {
    const response = await get(
      `${range}&lang=en&actions=session.created,conversation.assigned`,
      t.users.supervisor.token,
    );
    const lines = (await response.text()).replace(/^\uFEFF/, "").split("\r\n");
    expect(lines[0]).toBe(
      "Time (UTC),Person,Action,Customer,Customer ID,Subject,Subject ID,Details,IP address",
    );
    expect(lines.slice(1, -1).map((line) => line.split(",")[2])).toEqual(["conversation.assigned"]);
  });

  it("records the export with the customers it named", async () => {
    await get(`${range}&actions=conversation.assigned`, t.users.admin.token).then((r) => r.text());
    const row = await t.database.db
      .selectFrom("audit_log")
      .select(["details", "subject_type"])
      .where("action", "=", "audit.exported")
      .where("actor_user_id", "=", t.users.admin.id)
      .executeTakeFirstOrThrow();
    expect(row.details).toMatchObject({ rows: 1, complete: true, customerIds: [carl] });
  });

  it("refuses the anonymous, agents, and filters it cannot read", async () => {
    expect((await get(range)).status).toBe(401);
    expect((await get(range, t.users.agent.token)).status).toBe(403);
    expect((await get("from=gestern", t.users.admin.token)).status).toBe(400);
    expect((await get("customerId=00000000-0000-4000-8000-000000000000", t.users.admin.token)).status).toBe(
      404,
    );
  });
});
