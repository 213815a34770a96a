import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { postgresOnly } from "../../test/postgres-only.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";
import type { Caller } from "../../trpc/context.ts";
import { assignInTransaction } from "./assign-conversation.ts";

let t: TestApp;
let email: string;
const unknownId = "00000000-0000-4000-8000-000000000000";

async function conversations(count: number): Promise<string[]> {
  const rows: string[] = [];
  for (let i = 0; i < count; i++) {
    const thread = `bulk-${crypto.randomUUID()}`;
    await ingestMessages(t.database.db, email, [message("email", { threadKey: thread })]);
    const row = await t.database.db
      .selectFrom("conversations")
      .select("id")
      .where("external_thread_key", "=", thread)
      .executeTakeFirstOrThrow();
    rows.push(row.id);
  }
  return rows;
}

async function assignees(ids: string[]) {
  const rows = await t.database.db
    .selectFrom("conversations")
    .select(["id", "assignee_id"])
    .where("id", "in", ids)
    .execute();
  return ids.map((id) => rows.find((row) => row.id === id)?.assignee_id);
}

beforeAll(async () => {
  t = await createTestApp();
  email = await createTestConnector(t.database.db, "email");
});
afterAll(() => t.close());

describe("bulk changes", () => {
  it("assigns several conversations in one action, each audited and on its timeline", async () => {
    const ids = await conversations(3);
    const { results } = await t.caller("supervisor").conversations.bulkUpdate({
      conversationIds: ids,
      change: { kind: "assign", assigneeId: t.users.agent.id },
    });
    expect(results).toEqual(
      ids.map((conversationId) => ({ conversationId, outcome: "changed", reason: null, message: null })),
    );
    const mine = await t.caller("agent").conversations.list({ queue: "mine" });
    expect(mine.items.map((item) => item.id)).toEqual(expect.arrayContaining(ids));
    const unassigned = await t.caller("agent").conversations.list({ queue: "unassigned" });
    expect(unassigned.items.map((item) => item.id)).not.toEqual(expect.arrayContaining([ids[0]]));
    const audited = await t.database.db
      .selectFrom("audit_log")
      .select("subject_id")
      .where("action", "=", "conversation.assigned")
      .where("subject_id", "in", ids)
      .execute();
    expect(audited).toHaveLength(3);
    const items = await t.database.db
      .selectFrom("timeline_events")
      .select("conversation_id")
      .where("kind", "=", "assignment")
      .where("conversation_id", "in", ids)
      .execute();
    expect(items).toHaveLength(3);
  });

  it("refuses an agent handing conversations to a colleague, and changes none of them", async () => {
    const ids = await conversations(2);
    const { results } = await t.caller("agent").conversations.bulkUpdate({
      conversationIds: ids,
      change: { kind: "assign", assigneeId: t.users.supervisor.id },
    });
    expect(results.map((r) => r.outcome)).toEqual(["refused", "refused"]);
    expect(results[0]).toMatchObject({
      reason: "FORBIDDEN",
      message: expect.stringMatching(/only to themselves/) as unknown,
    });
    expect(await assignees(ids)).toEqual([null, null]);
  });

  it("lets an agent take several, and says which were theirs already and which are gone", async () => {
    const [taken, free] = await conversations(2);
    if (!taken || !free) throw new Error("fixtures missing");
    const agent = t.caller("agent");
    await agent.conversations.assign({ conversationId: taken, assigneeId: t.users.agent.id });
    const { results } = await agent.conversations.bulkUpdate({
      conversationIds: [taken, free, unknownId],
      change: { kind: "assign", assigneeId: t.users.agent.id },
    });
    expect(results.map((r) => [r.conversationId, r.outcome])).toEqual([
      [taken, "unchanged"],
      [free, "changed"],
      [unknownId, "not_found"],
    ]);
  });

  it("sets a status and tags on several at once", async () => {
    const ids = await conversations(2);
    const agent = t.caller("agent");
    await agent.conversations.bulkUpdate({
      conversationIds: ids,
      change: { kind: "setStatus", status: "pending" },
    });
    await agent.conversations.bulkUpdate({
      conversationIds: ids,
      change: { kind: "tags", add: ["Kündigung"] },
    });
    const rows = await t.database.db
      .selectFrom("conversations")
      .select(["status", "tags", "waiting_since"])
      .where("id", "in", ids)
      .execute();
    expect(rows).toEqual([
      { status: "pending", tags: ["kündigung"], waiting_since: null },
      { status: "pending", tags: ["kündigung"], waiting_since: null },
    ]);
  });

  it("takes at most 100 conversations at once", async () => {
    const ids = Array.from({ length: 101 }, () => crypto.randomUUID());
    await expect(
      t
        .caller("agent")
        .conversations.bulkUpdate({ conversationIds: ids, change: { kind: "setStatus", status: "open" } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it.runIf(postgresOnly("the bulk/single assign race (needs two connections at once)"))(
    "ends consistent when a bulk assign meets a colleague's single assign of the same conversation",
    async () => {
      const [contested, other] = await conversations(2);
      if (!contested || !other) throw new Error("fixtures missing");
      const db = t.database.db;
      const supervisor: Caller = {
        userId: t.users.supervisor.id,
        sessionId: "race",
        sessionEndsAt: new Date(Date.now() + 3_600_000),
        role: "supervisor",
        displayName: "Test supervisor",
        email: "supervisor@test.example",
        locale: "de",
        mustChangePassword: false,
      };
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked: () => void = () => undefined;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      // The supervisor's single assignment has locked the row and not committed yet.
      const single = db.transaction().execute(async (trx) => {
        await assignInTransaction(trx, {
          caller: supervisor,
          input: { conversationId: contested, assigneeId: t.users.supervisor.id },
          ip: null,
          now: new Date(),
        });
        locked();
        await held;
      });
      await lockTaken;
      const bulk = t.caller("agent").conversations.bulkUpdate({
        conversationIds: [contested, other],
        change: { kind: "assign", assigneeId: t.users.agent.id },
      });
      // The bulk waits on the locked row: nothing of it may have touched that conversation yet.
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(await assignees([contested])).toEqual([null]);
      release();
      await single;
      const { results } = await bulk;
      expect(results.map((r) => r.outcome)).toEqual(["changed", "changed"]);
      // The bulk came second and saw the single assignment: the last word is the agent's, and the
      // history says who had it in between.
      expect(await assignees([contested])).toEqual([t.users.agent.id]);
      const audit = await db
        .selectFrom("audit_log")
        .select("details")
        .where("action", "=", "conversation.assigned")
        .where("subject_id", "=", contested)
        .orderBy("id")
        .execute();
      expect(audit.map((row) => row.details)).toEqual([
        { from: { assigneeId: null, teamId: null }, to: { assigneeId: t.users.supervisor.id, teamId: null } },
        {
          from: { assigneeId: t.users.supervisor.id, teamId: null },
          to: { assigneeId: t.users.agent.id, teamId: null },
        },
      ]);
    },
  );
});
