import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { outboundMessage } from "../../outbox/outbound-message.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let forum: string;

beforeAll(async () => {
  t = await createTestApp();
  forum = await createTestConnector(t.database.db, "emma-inbound", "Community");
});
afterAll(() => t.close());

async function topic(id: string): Promise<string> {
  await ingestMessages(t.database.db, forum, [
    message("forum", { threadKey: `topic:${id}`, publicThread: true, externalId: `post:${id}:1` }),
  ]);
  const row = await t.database.db
    .selectFrom("conversations")
    .select("id")
    .where("external_thread_key", "=", `topic:${id}`)
    .executeTakeFirstOrThrow();
  return row.id;
}

function shut(id: string, what: { closed?: boolean; removed?: { by: "moderator" } }) {
  return ingestMessages(t.database.db, forum, [
    message("forum", {
      externalId: `topic:${id}:changed`,
      threadKey: `topic:${id}`,
      author: { identities: [] },
      text: "",
      change: { type: "thread", at: new Date(), ...what },
    }),
  ]);
}

const outboxOf = (conversationId: string) =>
  t.database.db.selectFrom("outbox").selectAll().where("conversation_id", "=", conversationId).execute();

describe("replying in a forum topic", () => {
  it("posts in the name of the agent who wrote the reply", async () => {
    const conversationId = await topic("500");
    await t
      .caller("agent")
      .conversations.reply({ conversationId, text: "Gern geholfen.", idempotencyKey: "forum-reply-1" });
    const [queued] = await outboxOf(conversationId);
    if (!queued) throw new Error("the reply was not queued");
    const outgoing = await outboundMessage(t.database.db, {
      id: queued.id,
      conversationId,
      connectorId: queued.connector_id,
      timelineEventId: queued.timeline_event_id,
      payload: queued.payload,
      attempts: 1,
    });
    const agent = await t.database.db
      .selectFrom("users")
      .select(["id", "email", "display_name"])
      .where("id", "=", t.users.agent.id)
      .executeTakeFirstOrThrow();
    expect(outgoing.agent).toEqual({ id: agent.id, email: agent.email, name: agent.display_name });
  });

  it("refuses a reply into a closed topic before queueing it, and says why", async () => {
    const conversationId = await topic("501");
    await shut("501", { closed: true });
    const detail = await t.caller("agent").conversations.get({ conversationId });
    expect(detail.replyRules.threadShut).toBe("closed");
    await expect(
      t
        .caller("agent")
        .conversations.reply({ conversationId, text: "Noch eine Frage?", idempotencyKey: "forum-reply-2" }),
    ).rejects.toThrow("This topic was closed at the forum");
    expect(await outboxOf(conversationId)).toEqual([]);
  });

  it("refuses a reply into a deleted topic", async () => {
    const conversationId = await topic("502");
    await shut("502", { removed: { by: "moderator" } });
    await expect(
      t
        .caller("agent")
        .conversations.reply({ conversationId, text: "Hallo?", idempotencyKey: "forum-reply-3" }),
    ).rejects.toThrow("This topic was deleted at the forum");
    expect(await outboxOf(conversationId)).toEqual([]);
  });
});
