import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let connectorId: string;

beforeAll(async () => {
  t = await createTestApp();
  connectorId = await createTestConnector(t.database.db, "emma-inbound", "Forum");
});
afterAll(() => t.close());

async function newConversation(threadKey: string): Promise<string> {
  await ingestMessages(t.database.db, connectorId, [message("forum", { threadKey })]);
  const row = await t.database.db
    .selectFrom("conversations")
    .select("id")
    .where("external_thread_key", "=", threadKey)
    .executeTakeFirstOrThrow();
  return row.id;
}

const auditOf = (conversationId: string) =>
  t.database.db
    .selectFrom("audit_log")
    .select(["action", "details"])
    .where("subject_id", "=", conversationId)
    .where("action", "in", ["conversation.replied", "conversation.status_changed"])
    .orderBy("at")
    .execute();

describe("replying and setting the status in one action", () => {
  it("resolves the conversation with the reply: status, the thread's order and the audit", async () => {
    const conversationId = await newConversation("reply-and-resolve");
    const agent = t.caller("agent");
    await agent.conversations.reply({
      conversationId,
      text: "Erledigt, danke für Ihre Geduld.",
      idempotencyKey: "reply-and-resolve-1",
      statusAfter: "resolved",
    });
    const detail = await agent.conversations.get({ conversationId });
    expect(detail.conversation.status).toBe("resolved");
    expect(detail.conversation.resolvedAt).not.toBeNull();
    expect(detail.items.slice(-2).map((item) => [item.kind, item.direction])).toEqual([
      ["message", "outbound"],
      ["status_change", "internal"],
    ]);
    expect(detail.items.at(-1)).toMatchObject({ metadata: { from: "open", to: "resolved" } });
    expect((await auditOf(conversationId)).map((entry) => entry.action)).toEqual([
      "conversation.replied",
      "conversation.status_changed",
    ]);
    const open = await agent.conversations.list({ queue: "unassigned", statuses: ["open", "pending"] });
    expect(open.items.map((item) => item.id)).not.toContain(conversationId);
  });

  it("sets a conversation waiting for the customer with the reply", async () => {
    const conversationId = await newConversation("reply-and-wait");
    await t.caller("agent").conversations.reply({
      conversationId,
      text: "Bitte senden Sie uns den Beleg.",
      idempotencyKey: "reply-and-wait-1",
      statusAfter: "pending",
    });
    const detail = await t.caller("agent").conversations.get({ conversationId });
    expect(detail.conversation.status).toBe("pending");
  });

  it("sends the reply once and changes the status once when the same send arrives twice", async () => {
    const conversationId = await newConversation("reply-and-resolve-twice");
    const input = {
      conversationId,
      text: "Ist erledigt.",
      idempotencyKey: "reply-and-resolve-twice",
      statusAfter: "resolved" as const,
    };
    const agent = t.caller("agent");
    await Promise.all([agent.conversations.reply(input), agent.conversations.reply(input)]);
    const detail = await agent.conversations.get({ conversationId });
    expect(detail.items.filter((item) => item.kind === "status_change")).toHaveLength(1);
    expect(detail.items.filter((item) => item.direction === "outbound")).toHaveLength(1);
  });

  it("keeps the status when the reply is refused: nothing of the action is written", async () => {
    const conversationId = await newConversation("reply-refused");
    await expect(
      t.caller("agent").conversations.reply({
        conversationId,
        text: "Anbei das Formular.",
        idempotencyKey: "reply-refused-1",
        statusAfter: "resolved",
        attachments: [{ sha256: "a".repeat(64), filename: "a.pdf", contentType: "application/pdf", size: 1 }],
      }),
    ).rejects.toThrow("Files can be sent with e-mail replies only; a forum reply carries text alone");
    const detail = await t.caller("agent").conversations.get({ conversationId });
    expect(detail.conversation.status).toBe("open");
    expect(detail.items.map((item) => item.kind)).toEqual(["forum_post"]);
    expect(await auditOf(conversationId)).toEqual([]);
  });
});
