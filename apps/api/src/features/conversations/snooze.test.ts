import type { RealtimeEvent } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";
import { wakeSnoozedConversations } from "./wake-snoozed-conversations.ts";

let t: TestApp;
let connectorId: string;
const HOUR = 60 * 60 * 1000;

beforeAll(async () => {
  t = await createTestApp();
  connectorId = await createTestConnector(t.database.db, "email");
});
afterAll(() => t.close());

async function newConversation(): Promise<string> {
  const threadKey = `snooze-${Math.random()}`;
  await ingestMessages(t.database.db, connectorId, [message("email", { threadKey })]);
  const row = await t.database.db
    .selectFrom("conversations")
    .select("id")
    .where("external_thread_key", "=", threadKey)
    .executeTakeFirstOrThrow();
  return row.id;
}

async function statusOf(id: string) {
  return t.database.db
    .selectFrom("conversations")
    .select(["status", "snoozed_until"])
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}

describe("snooze", () => {
  it("snoozes until a time, which the queues show and the open queue leaves out", async () => {
    const id = await newConversation();
    const until = new Date(Date.now() + HOUR);
    await t
      .caller("agent")
      .conversations.setStatus({ conversationId: id, status: "snoozed", snoozedUntil: until });
    const open = await t.caller("supervisor").conversations.list({ queue: "all" });
    expect(open.items.map((c) => c.id)).not.toContain(id);
    const snoozed = await t.caller("supervisor").conversations.list({ queue: "all", statuses: ["snoozed"] });
    expect(snoozed.items.find((c) => c.id === id)).toMatchObject({
      status: "snoozed",
      snoozedUntil: until.toISOString(),
    });
  });

  it("refuses a time in the past or more than a year ahead", async () => {
    const id = await newConversation();
    const agent = t.caller("agent");
    for (const snoozedUntil of [new Date(Date.now() - 1000), new Date(Date.now() + 400 * 24 * HOUR)]) {
      await expect(
        agent.conversations.setStatus({ conversationId: id, status: "snoozed", snoozedUntil }),
      ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    }
    expect((await statusOf(id)).status).toBe("open");
  });

  it("wakes a due conversation once: open again, on the timeline, audited and announced", async () => {
    const due = await newConversation();
    const later = await newConversation();
    const now = Date.now();
    const agent = t.caller("agent");
    await agent.conversations.setStatus({
      conversationId: due,
      status: "snoozed",
      snoozedUntil: new Date(now + HOUR),
    });
    await agent.conversations.setStatus({
      conversationId: later,
      status: "snoozed",
      snoozedUntil: new Date(now + 5 * HOUR),
    });

    const controller = new AbortController();
    const stream = t.app.services.realtime.subscribe(t.users.agent.id, null, controller.signal);
    const heard = heardWithin(
      stream,
      controller,
      (event) => event.topic === "conversation.changed" && event.payload.conversationId === due,
    );
    await new Promise((resolve) => setTimeout(resolve, 20));

    expect(await wakeSnoozedConversations(t.database.db, new Date(now + 30 * 60 * 1000))).toEqual({
      woken: [],
    });
    const first = await wakeSnoozedConversations(t.database.db, new Date(now + 2 * HOUR));
    expect(first.woken).toContain(due);
    expect(first.woken).not.toContain(later);
    expect(await wakeSnoozedConversations(t.database.db, new Date(now + 2 * HOUR))).toEqual({ woken: [] });
    expect(await statusOf(due)).toEqual({ status: "open", snoozed_until: null });
    expect((await statusOf(later)).status).toBe("snoozed");

    const thread = await agent.conversations.get({ conversationId: due });
    expect(thread.items.at(-1)).toMatchObject({
      kind: "status_change",
      direction: "internal",
      author: { type: "customer", name: "Emma" },
      metadata: {
        from: "snoozed",
        to: "open",
        reason: "snooze_ended",
        snoozedUntil: new Date(now + HOUR).toISOString(),
      },
    });
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id"])
      .where("subject_id", "=", due)
      .where("action", "=", "conversation.snooze_ended")
      .execute();
    expect(audit).toEqual([{ action: "conversation.snooze_ended", actor_user_id: null }]);
    expect(await heard).toBe(true);
  });

  it("wakes each conversation exactly once when several instances run the job at the same moment", async () => {
    const ids = await Promise.all([newConversation(), newConversation(), newConversation()]);
    const now = Date.now();
    for (const id of ids) {
      await t.caller("agent").conversations.setStatus({
        conversationId: id,
        status: "snoozed",
        snoozedUntil: new Date(now + HOUR),
      });
    }
    const runs = await Promise.all(
      [1, 2, 3].map(() => wakeSnoozedConversations(t.database.db, new Date(now + 2 * HOUR))),
    );
    const woken = runs.flatMap((run) => run.woken);
    expect(woken.sort()).toEqual([...ids].sort());
    const items = await t.database.db
      .selectFrom("timeline_events")
      .select("conversation_id")
      .where("conversation_id", "in", ids)
      .where("kind", "=", "status_change")
      .where("author_name", "=", "Emma")
      .execute();
    expect(items).toHaveLength(ids.length);
  });
});

/** True once an event matching `wanted` arrives within a second; the subscription ends either way. */
async function heardWithin(
  stream: AsyncGenerator<RealtimeEvent>,
  controller: AbortController,
  wanted: (event: RealtimeEvent) => boolean,
): Promise<boolean> {
  const timer = setTimeout(() => controller.abort(), 1000);
  try {
    for await (const event of stream) if (wanted(event)) return true;
    return false;
  } finally {
    clearTimeout(timer);
    controller.abort();
  }
}
