import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let emailConversation: string;
let phoneConversation: string;

beforeAll(async () => {
  t = await createTestApp();
  const email = await createTestConnector(t.database.db, "email");
  const phone = await createTestConnector(t.database.db, "phone");
  await ingestMessages(t.database.db, email, [
    message("email", { threadKey: "conv-mail", subject: "Karte gesperrt" }),
  ]);
  await ingestMessages(t.database.db, phone, [message("phone", { threadKey: "conv-call" })]);
  const rows = await t.database.db.selectFrom("conversations").select(["id", "channel"]).execute();
  emailConversation = rows.find((r) => r.channel === "email")?.id ?? "";
  phoneConversation = rows.find((r) => r.channel === "phone")?.id ?? "";
});
afterAll(() => t.close());

describe("conversations", () => {
  it("lets an agent take a conversation, which then shows in their queue", async () => {
    const agent = t.caller("agent");
    expect((await agent.conversations.list({ queue: "unassigned" })).items.map((c) => c.id)).toContain(
      emailConversation,
    );
    await agent.conversations.assign({ conversationId: emailConversation, assigneeId: t.users.agent.id });
    const mine = await agent.conversations.list({ queue: "mine" });
    expect(mine.items.map((c) => c.id)).toEqual([emailConversation]);
    expect(mine.items[0]).toMatchObject({
      assigneeName: "Test agent",
      subject: "Karte gesperrt",
      preview: expect.stringMatching(/^Nachricht/) as unknown,
    });
    expect((await agent.conversations.counts()).mine).toBe(1);
  });

  it("refuses an agent assigning a colleague, but not a supervisor", async () => {
    await expect(
      t
        .caller("agent")
        .conversations.assign({ conversationId: phoneConversation, assigneeId: t.users.supervisor.id }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await t
      .caller("supervisor")
      .conversations.assign({ conversationId: phoneConversation, assigneeId: t.users.agent.id });
  });

  it("queues a reply once even when it is submitted twice, and shows it in the thread", async () => {
    const agent = t.caller("agent");
    const input = {
      conversationId: emailConversation,
      text: "Ihre neue Karte ist unterwegs.",
      idempotencyKey: "reply-0001",
    };
    const [a, b] = await Promise.all([agent.conversations.reply(input), agent.conversations.reply(input)]);
    expect(a.outboxId).toBe(b.outboxId);
    const outbox = await t.database.db
      .selectFrom("outbox")
      .selectAll()
      .where("conversation_id", "=", emailConversation)
      .execute();
    expect(outbox).toHaveLength(1);
    expect(outbox[0]).toMatchObject({
      status: "queued",
      payload: { subject: "Re: Karte gesperrt", channel: "email" },
    });
    const thread = await agent.conversations.get({ conversationId: emailConversation });
    expect(thread.items.at(-1)).toMatchObject({
      direction: "outbound",
      text: input.text,
      author: { type: "user" },
    });
    expect(thread.conversation.firstResponseAt).not.toBeNull();
    expect(thread.deliveries[0]?.status).toBe("queued");
  });

  it("does not offer a written reply on a phone conversation", async () => {
    await expect(
      t.caller("agent").conversations.reply({
        conversationId: phoneConversation,
        text: "Hallo",
        idempotencyKey: "reply-phone-1",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("records notes and status changes as internal timeline items", async () => {
    const agent = t.caller("agent");
    await agent.conversations.addNote({
      conversationId: emailConversation,
      text: "Kunde ruft morgen zurück",
    });
    await agent.conversations.setStatus({ conversationId: emailConversation, status: "resolved" });
    const thread = await agent.conversations.get({ conversationId: emailConversation });
    expect(thread.conversation.status).toBe("resolved");
    expect(thread.conversation.resolvedAt).not.toBeNull();
    const internal = thread.items.filter((item) => item.direction === "internal").map((item) => item.kind);
    expect(internal).toEqual(expect.arrayContaining(["note", "status_change", "assignment"]));
  });

  it("reopens a resolved conversation when the customer writes again", async () => {
    const row = await t.database.db
      .selectFrom("conversations")
      .select(["connector_id"])
      .where("id", "=", emailConversation)
      .executeTakeFirstOrThrow();
    const thread = await t.caller("agent").conversations.get({ conversationId: emailConversation });
    const customer = await t.database.db
      .selectFrom("identities")
      .select(["kind", "value"])
      .where("customer_id", "=", thread.conversation.customerId)
      .executeTakeFirstOrThrow();
    await ingestMessages(t.database.db, row.connector_id ?? "", [
      message("email", {
        threadKey: "conv-mail",
        author: { identities: [{ kind: customer.kind, value: customer.value }] },
      }),
    ]);
    expect(
      (await t.caller("agent").conversations.get({ conversationId: emailConversation })).conversation.status,
    ).toBe("open");
  });

  it("asks for a date before snoozing", async () => {
    await expect(
      t.caller("agent").conversations.setStatus({ conversationId: emailConversation, status: "snoozed" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("keeps the all-queue for supervisors", async () => {
    await expect(t.caller("agent").conversations.list({ queue: "all" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect((await t.caller("supervisor").conversations.list({ queue: "all" })).items.length).toBe(2);
  });
});
