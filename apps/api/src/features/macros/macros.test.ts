import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let cardsTeam: string;
let otherTeam: string;
let mailConnector: string;
let messengerConnector: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const [cards, other] = await db
    .insertInto("teams")
    .values([{ name: "Karten" }, { name: "Baufinanzierung" }])
    .returning("id")
    .execute();
  if (!cards || !other) throw new Error("teams missing");
  cardsTeam = cards.id;
  otherTeam = other.id;
  await db.insertInto("team_members").values({ team_id: cardsTeam, user_id: t.users.agent.id }).execute();
  mailConnector = await createTestConnector(db, "email");
  messengerConnector = await createTestConnector(db, "facebook-page");
});
afterAll(() => t.close());

/** A fresh conversation from a customer named Anna Schneider (or as given). */
async function conversation(
  overrides: { channel?: "email" | "facebook"; name?: string; occurredAt?: Date } = {},
): Promise<string> {
  const channel = overrides.channel ?? "email";
  const threadKey = `macro-${Math.random()}`;
  const inbound = message(channel, {
    threadKey,
    author: { ...message(channel).author, name: overrides.name ?? "Anna Schneider" },
    ...(overrides.occurredAt ? { occurredAt: overrides.occurredAt } : {}),
  });
  await ingestMessages(t.database.db, channel === "email" ? mailConnector : messengerConnector, [inbound]);
  const row = await t.database.db
    .selectFrom("conversations")
    .select("id")
    .where("external_thread_key", "=", threadKey)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function stateOf(conversationId: string) {
  const db = t.database.db;
  const row = await db
    .selectFrom("conversations")
    .select(["status", "tags", "assignee_id"])
    .where("id", "=", conversationId)
    .executeTakeFirstOrThrow();
  const outbox = await db
    .selectFrom("outbox")
    .select("payload")
    .where("conversation_id", "=", conversationId)
    .execute();
  const items = await db
    .selectFrom("timeline_events")
    .select(["kind", "body_text"])
    .where("conversation_id", "=", conversationId)
    .where("direction", "!=", "inbound")
    .orderBy("occurred_at")
    .orderBy("id")
    .execute();
  return { ...row, outbox: outbox.length, items };
}

function cardBlocked(overrides: Record<string, unknown> = {}) {
  return t.caller("supervisor").macros.create({
    title: `Karte gesperrt ${Math.random()}`,
    reply: "Hallo {{customer.firstName}}, Ihre Karte ist gesperrt. Viele Grüße, {{agent.name}}",
    addTags: ["Kündigung"],
    assignee: { to: "me" },
    status: "resolved",
    ...overrides,
  });
}

describe("macros", () => {
  it("replies, tags, assigns and resolves in one go, with the reply filled in for this customer", async () => {
    const macro = await cardBlocked();
    const conversationId = await conversation();
    const applied = await t.caller("agent").macros.applyTo({
      macroId: macro.id,
      conversationId,
      idempotencyKey: "macro-apply-0001",
    });
    expect(applied.outboxId).not.toBeNull();

    const state = await stateOf(conversationId);
    expect(state).toMatchObject({
      status: "resolved",
      tags: ["kündigung"],
      assignee_id: t.users.agent.id,
      outbox: 1,
    });
    expect(state.items.map((item) => item.kind)).toEqual(["message", "assignment", "status_change"]);
    expect(state.items[0]?.body_text).toBe("Hallo Anna, Ihre Karte ist gesperrt. Viele Grüße, Test agent");

    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("subject_id", "=", conversationId)
      .orderBy("id")
      .execute();
    expect(audit.map((entry) => entry.action)).toEqual([
      "conversation.replied",
      "conversation.tagged",
      "conversation.assigned",
      "conversation.status_changed",
      "macro.applied",
    ]);
    expect(audit.at(-1)?.details).toMatchObject({ macroId: macro.id, status: "resolved" });
  });

  it("applies a double press once: one reply, one status change", async () => {
    const macro = await cardBlocked();
    const conversationId = await conversation();
    const agent = t.caller("agent");
    const input = { macroId: macro.id, conversationId, idempotencyKey: "macro-apply-twice" };
    const [first, second] = await Promise.all([agent.macros.applyTo(input), agent.macros.applyTo(input)]);
    expect(second).toEqual(first);
    const again = await agent.macros.applyTo(input);
    expect(again).toEqual(first);
    const state = await stateOf(conversationId);
    expect(state.outbox).toBe(1);
    expect(state.items.filter((item) => item.kind === "status_change")).toHaveLength(1);
  });

  it("changes nothing when the reply is refused: a closed Messenger window refuses the whole macro", async () => {
    const macro = await cardBlocked();
    const threeDaysAgo = new Date(Date.now() - 3 * 24 * 3600_000);
    const conversationId = await conversation({ channel: "facebook", occurredAt: threeDaysAgo });
    const before = await stateOf(conversationId);
    await expect(
      t
        .caller("agent")
        .macros.applyTo({ macroId: macro.id, conversationId, idempotencyKey: "macro-closed-1" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/24 hours.*closed on/) as unknown,
    });
    expect(await stateOf(conversationId)).toEqual(before);
    expect(before).toMatchObject({ status: "open", tags: [], assignee_id: null, outbox: 0 });
    const applications = await t.database.db
      .selectFrom("macro_applications")
      .select("id")
      .where("conversation_id", "=", conversationId)
      .execute();
    expect(applications).toEqual([]);
  });

  it("refuses an agent's macro that assigns a colleague, as a single assign would, and sends nothing", async () => {
    const macro = await cardBlocked({ assignee: { to: "user", userId: t.users.supervisor.id } });
    const conversationId = await conversation();
    await expect(
      t
        .caller("agent")
        .macros.applyTo({ macroId: macro.id, conversationId, idempotencyKey: "macro-other-1" }),
    ).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Agents can assign conversations only to themselves",
    });
    expect(await stateOf(conversationId)).toMatchObject({ status: "open", outbox: 0, assignee_id: null });

    await t
      .caller("supervisor")
      .macros.applyTo({ macroId: macro.id, conversationId, idempotencyKey: "macro-other-2" });
    expect(await stateOf(conversationId)).toMatchObject({
      status: "resolved",
      assignee_id: t.users.supervisor.id,
    });
  });

  it("refuses a reply it cannot fill in rather than sending the placeholder", async () => {
    const macro = await cardBlocked();
    const conversationId = await conversation({ name: "+49 30 1234567" });
    await expect(
      t
        .caller("agent")
        .macros.applyTo({ macroId: macro.id, conversationId, idempotencyKey: "macro-unfilled" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("{{customer.firstName}}") as unknown,
    });
    expect(await stateOf(conversationId)).toMatchObject({ status: "open", tags: [], outbox: 0 });
  });

  it("applies an actions-only macro without a reply, adding tags once", async () => {
    const macro = await t.caller("supervisor").macros.create({
      title: "Warten auf Unterlagen",
      addTags: ["unterlagen", "Rückfrage"],
      status: "pending",
    });
    expect(macro).toMatchObject({
      reply: null,
      assignee: { to: "keep" },
      addTags: ["unterlagen", "rückfrage"],
    });
    const conversationId = await conversation();
    await t.database.db
      .updateTable("conversations")
      .set({ tags: ["rückfrage"] })
      .where("id", "=", conversationId)
      .execute();
    const applied = await t
      .caller("agent")
      .macros.applyTo({ macroId: macro.id, conversationId, idempotencyKey: "macro-actions-only" });
    expect(applied.outboxId).toBeNull();
    expect(await stateOf(conversationId)).toMatchObject({
      status: "pending",
      tags: ["rückfrage", "unterlagen"],
      outbox: 0,
    });
  });

  it("scopes macros by team like canned responses, for listing and applying", async () => {
    const supervisor = t.caller("supervisor");
    const mine = await supervisor.macros.create({
      title: "Nur Karten",
      status: "pending",
      teamId: cardsTeam,
    });
    const theirs = await supervisor.macros.create({
      title: "Nur Baufi",
      status: "pending",
      teamId: otherTeam,
    });
    const titles = (await t.caller("agent").macros.list()).map((m) => m.title);
    expect(titles).toContain("Nur Karten");
    expect(titles).not.toContain("Nur Baufi");
    expect((await supervisor.macros.list({ scope: "all" })).map((m) => m.id)).toEqual(
      expect.arrayContaining([mine.id, theirs.id]),
    );
    await expect(t.caller("agent").macros.list({ scope: "all" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    const conversationId = await conversation();
    await expect(
      t
        .caller("agent")
        .macros.applyTo({ macroId: theirs.id, conversationId, idempotencyKey: "macro-team-1" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("keeps a key for one macro, names the holder, and refuses a macro that does nothing", async () => {
    const supervisor = t.caller("supervisor");
    const first = await supervisor.macros.create({ title: "Eins", key: "7", status: "resolved" });
    await expect(
      supervisor.macros.create({ title: "Zwei", key: "7", status: "pending" }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining('"Eins"') as unknown });
    await expect(supervisor.macros.create({ title: "Nichts" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    const updated = await supervisor.macros.update({
      id: first.id,
      title: "Eins",
      key: "7",
      reply: "Danke!",
      status: null,
    });
    expect(updated).toMatchObject({ key: "7", reply: "Danke!", status: null });
    await supervisor.macros.delete({ id: first.id });
    await expect(supervisor.macros.delete({ id: first.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", first.id)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["macro.created", "macro.updated", "macro.deleted"]);
  });
});
