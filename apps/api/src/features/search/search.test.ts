import type { SearchFilters, SearchQueryResult, Snippet } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Insertable } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ConversationsTable, TimelineEventsTable } from "../../db/schema.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { insertConnector, insertCustomer } from "../../test/fixtures.ts";

let t: TestApp;
const ids = {
  mueller: "",
  weiss: "",
  survivor: "",
  absorbed: "",
  teamA: "",
  teamB: "",
  items: {} as Record<string, string>,
  transfers: [] as string[],
};
const at = (minutes: number) => new Date(Date.UTC(2024, 4, 1, 9, minutes));

const search = (query: string, filters: SearchFilters = {}, cursor?: string, limit?: number) =>
  t.caller("agent").search.query({ query, filters, cursor, limit });
const marked = (snippet: Snippet) => snippet.filter((part) => part.match).map((part) => part.text);
const itemNames = (result: SearchQueryResult) =>
  result.items.map((item) => Object.keys(ids.items).find((name) => ids.items[name] === item.eventId));

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const connectorId = await insertConnector(db);
  ids.mueller = await insertCustomer(db, "Anna Müller");
  ids.weiss = await insertCustomer(db, "Jürgen Weiß");
  ids.survivor = await insertCustomer(db, "Hans Schmitz");
  ids.absorbed = await insertCustomer(db, "Hansi Schmitzke");
  const teams = await db
    .insertInto("teams")
    .values([{ name: "Privatkunden" }, { name: "Firmenkunden" }])
    .returning("id")
    .execute();
  ids.teamA = teams[0]?.id ?? "";
  ids.teamB = teams[1]?.id ?? "";
  const owned = (customerId: string) => ({ customer_id: customerId, origin_customer_id: customerId });
  await db
    .insertInto("identities")
    .values([
      { ...owned(ids.mueller), kind: "email", value: "anna.mueller@gmx.de" },
      { ...owned(ids.mueller), kind: "phone", value: "+491711234567", display: "0171 1234567" },
      { ...owned(ids.mueller), kind: "forum", value: "forum.example:4711", display: "bergfex_77" },
      { ...owned(ids.weiss), kind: "email", value: "j.weiss@web.de" },
    ])
    .execute();
  const product = { status: "active", source_system: "core-banking" } as const;
  await db
    .insertInto("customer_products")
    .values([
      {
        ...owned(ids.mueller),
        ...product,
        kind: "account",
        name: "Girokonto",
        reference: "DE89 3704 0044 0532 0130 00",
        external_id: "acct-1",
      },
      {
        ...owned(ids.mueller),
        ...product,
        kind: "card",
        name: "Visa",
        reference: "KA-1000042-1",
        external_id: "card-1",
      },
    ])
    .execute();
  const conversation = async (
    customerId: string,
    values: Pick<Insertable<ConversationsTable>, "channel" | "status" | "team_id" | "assignee_id">,
  ) => {
    const row = await db
      .insertInto("conversations")
      .values({
        ...owned(customerId),
        connector_id: connectorId,
        external_thread_key: `thread-${values.channel}-${customerId}`,
        ...values,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    return row.id;
  };
  const openMail = await conversation(ids.mueller, {
    channel: "email",
    status: "open",
    team_id: ids.teamA,
    assignee_id: t.users.agent.id,
  });
  const resolvedCall = await conversation(ids.weiss, {
    channel: "phone",
    status: "resolved",
    team_id: ids.teamB,
  });
  const forum = await conversation(ids.absorbed, { channel: "forum" });
  const item = async (
    name: string,
    values: Partial<Insertable<TimelineEventsTable>> & { occurred_at: Date },
  ) => {
    const row = await db
      .insertInto("timeline_events")
      .values({ ...owned(ids.mueller), channel: "email", kind: "message", direction: "inbound", ...values })
      .returning("id")
      .executeTakeFirstOrThrow();
    ids.items[name] = row.id;
    return row.id;
  };
  const mail = { conversation_id: openMail, channel: "email" } as const;
  await item("statements", {
    ...mail,
    occurred_at: at(1),
    subject: "Frage",
    body_text: "Guten Tag, meine Kontoauszüge fehlen seit März. Bitte senden Sie sie noch einmal.",
  });
  await item("call", {
    ...owned(ids.weiss),
    conversation_id: resolvedCall,
    channel: "phone",
    kind: "call",
    occurred_at: at(2),
    body_text: "Hier ist Jürgen Weiß, meine Karte wurde eingezogen. Bitte rufen Sie zurück.",
  });
  await item("note", {
    ...mail,
    kind: "note",
    direction: "internal",
    occurred_at: at(3),
    body_text: "Rückruf bei Frau Mueller vereinbart.",
  });
  await item("reply", {
    ...mail,
    direction: "outbound",
    occurred_at: at(4),
    body_text: "Bitte entschuldigen Sie: Ihre Kontoauszüge sind unterwegs.",
  });
  await item("status", {
    ...mail,
    kind: "status_change",
    direction: "internal",
    occurred_at: at(5),
    body_text: "Kontoauszüge",
  });
  await item("standingOrder", {
    ...owned(ids.absorbed),
    conversation_id: forum,
    channel: "forum",
    kind: "forum_post",
    occurred_at: at(6),
    body_text: "Mein Dauerauftrag für die Miete ist verschwunden.",
  });
  for (let i = 0; i < 25; i++)
    ids.transfers.push(
      await item(`transfer${i}`, {
        ...owned(ids.weiss),
        conversation_id: resolvedCall,
        channel: "phone",
        kind: "voicemail",
        // Pairs share a moment: the keyset must break ties by id.
        occurred_at: at(10 + Math.floor(i / 2)),
        body_text: `Die Überweisung Nummer ${i} ist nicht angekommen.`,
      }),
    );
});
afterAll(() => t.close());

describe("search.query: customers", () => {
  it.each(["Mueller", "Muller", "Müller", "MÜLLER"])(
    "finds Anna Müller by %s, marking her name",
    async (query) => {
      const { customers } = await search(query);
      const hit = customers.find((c) => c.customerId === ids.mueller);
      expect(hit).toMatchObject({ displayName: "Anna Müller", matchedOn: "name", identityKind: null });
      expect(marked(hit?.matched ?? [])).toEqual(["Müller"]);
    },
  );

  it("finds Jürgen Weiß by Weiss", async () => {
    const { customers } = await search("Weiss");
    expect(customers.map((c) => c.customerId)).toContain(ids.weiss);
    expect(customers.find((c) => c.customerId === ids.weiss)?.matched).toEqual([
      { text: "Jürgen ", match: false },
      { text: "Weiß", match: true },
    ]);
  });

  it.each(["234567", "23 45 67", "0171 1234567", "+49 171 1234567"])(
    "finds the caller by the phone digits %s",
    async (query) => {
      const { customers } = await search(query);
      expect(customers[0]).toMatchObject({
        customerId: ids.mueller,
        matchedOn: "identity",
        identityKind: "phone",
      });
      expect(customers[0]?.matched.map((part) => part.text).join("")).toBe("0171 1234567");
      expect(marked(customers[0]?.matched ?? []).join("")).toMatch(/234567$/);
    },
  );

  it("finds a customer by part of an e-mail address", async () => {
    const { customers } = await search("mueller@");
    expect(customers).toEqual([
      {
        customerId: ids.mueller,
        displayName: "Anna Müller",
        matchedOn: "identity",
        identityKind: "email",
        matched: [
          { text: "anna.", match: false },
          { text: "mueller@", match: true },
          { text: "gmx.de", match: false },
        ],
      },
    ]);
    expect((await search("@web")).customers.map((c) => c.customerId)).toEqual([ids.weiss]);
  });

  it("finds a customer by a forum username", async () => {
    const { customers } = await search("bergfex");
    expect(customers).toEqual([
      expect.objectContaining({
        customerId: ids.mueller,
        identityKind: "forum",
        matched: [
          { text: "bergfex", match: true },
          { text: "_77", match: false },
        ],
      }),
    ]);
  });

  it("finds an account by its IBAN typed with spaces, shown masked", async () => {
    const { customers } = await search("de89 3704 0044 0532");
    expect(customers).toEqual([
      expect.objectContaining({
        customerId: ids.mueller,
        matchedOn: "product",
        matched: [
          { text: "DE89", match: true },
          { text: "…", match: false },
          { text: "3000", match: false },
        ],
      }),
    ]);
  });

  it("finds a card by the last digits of its contract number", async () => {
    const { customers } = await search("00042-1");
    expect(customers[0]).toMatchObject({ customerId: ids.mueller, matchedOn: "product" });
    expect(marked(customers[0]?.matched ?? [])).toEqual(["42-1"]);
  });

  it("finds nobody for a name nobody has", async () => {
    expect((await search("Zyxwv")).customers).toEqual([]);
  });
});

describe("search.query: what was written", () => {
  it("finds messages by a German stem, newest first, and not status changes", async () => {
    const result = await search("Kontoauszug");
    expect(itemNames(result)).toEqual(["reply", "statements"]);
    expect(marked(result.items[1]?.snippet ?? [])).toEqual(["Kontoauszüge"]);
    expect(result.items[1]).toMatchObject({
      customerId: ids.mueller,
      customerName: "Anna Müller",
      conversationStatus: "open",
      teamName: "Privatkunden",
      assigneeName: "Test agent",
      channel: "email",
      kind: "message",
      direction: "inbound",
      subject: "Frage",
      occurredAt: "2024-05-01T09:01:00.000Z",
    });
  });

  it("finds a call transcript with the name spelled either way", async () => {
    for (const query of ["Weiss", "Weiß"]) {
      const result = await search(query);
      expect(itemNames(result)).toEqual(["call"]);
      expect(marked(result.items[0]?.snippet ?? [])).toEqual(["Weiß"]);
    }
  });

  it("finds a note that spells Müller with ue by Müller and by Mueller", async () => {
    for (const query of ["Müller", "Mueller"]) expect(itemNames(await search(query))).toContain("note");
    expect(marked((await search("Mueller")).items[0]?.snippet ?? [])).toEqual(["Mueller"]);
  });

  it("finds a word by its start, as German compounds need", async () => {
    expect(itemNames(await search("Konto"))).toEqual(["reply", "statements"]);
  });

  it("needs every word", async () => {
    expect(itemNames(await search("Kontoauszüge unterwegs"))).toEqual(["reply"]);
  });

  it.each<[string, () => SearchFilters, string[]]>([
    ["channel", () => ({ channels: ["phone"] }), ["call"]],
    ["direction", () => ({ direction: "outbound" }), ["reply"]],
    ["date range", () => ({ from: at(2), to: at(3) }), ["call"]],
    ["status", () => ({ statuses: ["resolved"] }), ["call"]],
    ["team", () => ({ teamId: ids.teamA }), ["reply", "statements"]],
    ["assignee", () => ({ assigneeId: t.users.agent.id }), ["reply", "statements"]],
    ["no assignee", () => ({ assigneeId: null }), ["call"]],
  ])("narrows by %s", async (_name, filters, expected) => {
    expect(itemNames(await search("bitte"))).toEqual(["reply", "call", "statements"]);
    expect(itemNames(await search("bitte", filters()))).toEqual(expected);
  });

  it("pages by keyset: every hit once, newest first, across ties", async () => {
    const seen: string[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await search("Überweisung", {}, cursor, 10);
      if (cursor) expect(page.customers).toEqual([]);
      seen.push(...page.items.map((item) => item.eventId));
      cursor = page.nextCursor ?? undefined;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(25);
    expect([...seen].sort()).toEqual([...ids.transfers].sort());
    const times = await t.database.db
      .selectFrom("timeline_events")
      .select(["id", "occurred_at"])
      .where("id", "in", seen)
      .execute();
    const when = new Map(times.map((row) => [row.id, row.occurred_at.getTime()]));
    const order = seen.map((id) => when.get(id) ?? 0);
    expect(order).toEqual([...order].sort((a, b) => b - a));
  });

  it("refuses a cursor it did not make, with a message", async () => {
    await expect(search("Überweisung", {}, "bm90IGEgY3Vyc29y")).rejects.toThrow(
      new TRPCError({ code: "BAD_REQUEST", message: "This page link is no longer valid; reload the list" }),
    );
  });

  it("passes markup in a text through as text, marked only where it matched", async () => {
    const result = await search("Kontoauszüge unterwegs");
    const text = result.items[0]?.snippet.map((part) => part.text).join("") ?? "";
    expect(text).toContain("Bitte entschuldigen Sie: Ihre Kontoauszüge sind unterwegs");
    expect(text).not.toMatch(/[\uE000\uE001]/);
  });
});

describe("search.query: merged customers and the audit", () => {
  it("files a merged-away customer's items and name under the survivor", async () => {
    const before = await search("Dauerauftrag");
    expect(before.items[0]?.customerId).toBe(ids.absorbed);
    await t.caller("supervisor").merges.merge({
      survivorId: ids.survivor,
      absorbedId: ids.absorbed,
      reason: "same person",
      confirmedDifferences: ["displayName"],
    });
    const after = await search("Dauerauftrag");
    expect(after.items).toEqual([
      expect.objectContaining({ customerId: ids.survivor, customerName: "Hans Schmitz", channel: "forum" }),
    ]);
    const byOldName = await search("Schmitzke");
    expect(byOldName.customers).toEqual([
      expect.objectContaining({
        customerId: ids.survivor,
        displayName: "Hans Schmitz",
        matchedOn: "name",
        matched: [
          { text: "Hansi ", match: false },
          { text: "Schmitzke", match: true },
        ],
      }),
    ]);
  });

  it("audits a search that showed customers' data, with what was typed", async () => {
    const db = t.database.db;
    await search("KONTOAUSZUG", { channels: ["email"] });
    await search("Zyxwv");
    await t.app.services.readAudit.flush();
    const rows = await db
      .selectFrom("audit_log")
      .select(["actor_user_id", "details"])
      .where("action", "=", "customer.searched")
      .execute();
    const searches = rows.filter((row) => row.details.procedure === "search.query");
    const kontoauszug = searches.filter((row) => row.details.query === "KONTOAUSZUG");
    expect(kontoauszug).toEqual([
      {
        actor_user_id: t.users.agent.id,
        details: {
          procedure: "search.query",
          query: "KONTOAUSZUG",
          filters: { channels: ["email"] },
          page: "first",
          lookups: ["name", "identity", "text"],
          customers: 0,
          items: 2,
          customerIds: [ids.mueller],
        },
      },
    ]);
    expect(searches.filter((row) => row.details.query === "Zyxwv")).toEqual([]);
  });
});
