import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let teamId: string;
let holderId: string;
const ids: Record<"lateMail" | "freshMail" | "heldCall", string> = {
  lateMail: "",
  freshMail: "",
  heldCall: "",
};
const minutesAgo = (minutes: number) => new Date(Date.now() - minutes * 60_000);

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const email = await createTestConnector(db, "email");
  const phone = await createTestConnector(db, "phone");
  const conversationOf = async (connectorId: string, channel: "email" | "phone", occurredAt: Date) => {
    const threadKey = `thread-${occurredAt.getTime()}`;
    await ingestMessages(db, connectorId, [
      message(channel, {
        threadKey,
        occurredAt,
        ...(channel === "phone"
          ? { call: { status: "no-answer", from: "+4915100000001", to: "+4930123456", durationSeconds: 0 } }
          : {}),
      }),
    ]);
    const row = await db
      .selectFrom("conversations")
      .select("id")
      .where("external_thread_key", "=", threadKey)
      .executeTakeFirstOrThrow();
    return row.id;
  };
  // Email's target is a day: two days late is breached, ten minutes is not.
  ids.lateMail = await conversationOf(email, "email", minutesAgo(2 * 24 * 60));
  ids.freshMail = await conversationOf(email, "email", minutesAgo(10));
  ids.heldCall = await conversationOf(phone, "phone", minutesAgo(30));
  teamId = (await db.insertInto("teams").values({ name: "Karten" }).returning("id").executeTakeFirstOrThrow())
    .id;
  const holder = await db
    .insertInto("users")
    .values({ email: "urlaub@test.example", display_name: "Uwe Urlaub", role: "agent", password_hash: "x" })
    .returning("id")
    .executeTakeFirstOrThrow();
  holderId = holder.id;
  await db
    .insertInto("users")
    .values({ email: "frei@test.example", display_name: "Frida Frei", role: "agent", password_hash: "x" })
    .execute();
  await db
    .updateTable("conversations")
    .set({ team_id: teamId })
    .where("id", "in", [ids.lateMail, ids.freshMail])
    .execute();
  await db
    .updateTable("conversations")
    .set({ assignee_id: t.users.agent.id })
    .where("id", "=", ids.freshMail)
    .execute();
  await db
    .updateTable("conversations")
    .set({ assignee_id: holderId })
    .where("id", "=", ids.heldCall)
    .execute();
});
afterAll(() => t.close());

describe("live.overview", () => {
  it("counts each queue's open conversations, its longest wait and its breaches", async () => {
    const { queues } = await t.caller("supervisor").live.overview();
    const unassigned = queues.find((q) => q.kind === "unassigned");
    const team = queues.find((q) => q.teamId === teamId);
    expect(unassigned).toMatchObject({ open: 1, pending: 0, breached: 1 });
    expect(team).toMatchObject({ teamName: "Karten", open: 2, breached: 1 });
    const late = new Date(team?.oldestWaitingSince ?? 0).getTime();
    expect(Math.abs(late - minutesAgo(2 * 24 * 60).getTime())).toBeLessThan(60_000);
  });

  it("lists who is signed in and who holds open work, with their conversations", async () => {
    const { agents } = await t.caller("supervisor").live.overview();
    const agent = agents.find((a) => a.userId === t.users.agent.id);
    expect(agent).toMatchObject({
      presence: "online",
      conversations: [{ id: ids.freshMail, channel: "email" }],
    });
    // Signed out but holding a missed call: listed, so the call can be handed to someone at work.
    const holder = agents.find((a) => a.userId === holderId);
    expect(holder).toMatchObject({
      presence: "offline",
      conversations: [{ id: ids.heldCall, responseTargetMinutes: 60 }],
    });
    expect(agents.map((a) => a.displayName)).not.toContain("Frida Frei");
  });

  it("shows several conversations handed on at once under their new agent", async () => {
    const supervisor = t.caller("supervisor");
    await supervisor.conversations.bulkUpdate({
      conversationIds: [ids.heldCall, ids.lateMail],
      change: { kind: "assign", assigneeId: t.users.agent.id },
    });
    const { agents, queues } = await supervisor.live.overview();
    const agent = agents.find((a) => a.userId === t.users.agent.id);
    expect(agent?.conversations.map((c) => c.id)).toEqual([ids.lateMail, ids.heldCall, ids.freshMail]);
    expect(agents.map((a) => a.userId)).not.toContain(holderId);
    expect(queues.find((q) => q.kind === "unassigned")).toMatchObject({ open: 0, oldestWaitingSince: null });
  });
});
