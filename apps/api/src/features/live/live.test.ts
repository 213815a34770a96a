import { DEFAULT_SERVICE_SETTINGS } from "@emma/core";
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

  it("counts breaches by the admins' targets and only while the desk was open", async () => {
    const admin = t.caller("admin");
    const supervisor = t.caller("supervisor");
    const targets = DEFAULT_SERVICE_SETTINGS.responseTargets;
    // Five minutes for e-mail: the mail written ten minutes ago is late too.
    await admin.settings.saveService({
      businessHours: null,
      responseTargets: { ...targets, email: { ...targets.email, normal: 5 } },
    });
    const strict = await supervisor.live.overview();
    expect(strict.queues.find((q) => q.teamId === teamId)).toMatchObject({ breached: 2 });
    const due = strict.agents.flatMap((a) => a.conversations).find((c) => c.id === ids.freshMail);
    expect(due?.responseTargetMinutes).toBe(5);

    // Open every day, but the last three days were holidays: nobody has waited any service time.
    const today = new Date();
    const holidays = [0, 1, 2, 3].map((back) =>
      new Date(today.getTime() - back * 86_400_000).toLocaleDateString("en-CA", {
        timeZone: "Europe/Berlin",
      }),
    );
    await admin.settings.saveService({
      businessHours: {
        timeZone: "Europe/Berlin",
        openings: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, opens: "00:00", closes: "23:59" })),
        holidays,
      },
      responseTargets: targets,
    });
    const closed = await supervisor.live.overview();
    expect(closed.queues.map((q) => q.breached)).toEqual(closed.queues.map(() => 0));
    const waiting = closed.agents.flatMap((a) => a.conversations).find((c) => c.id === ids.lateMail);
    // Due after the holidays: later than a calendar day after the wait began.
    expect(new Date(waiting?.responseDueAt ?? 0).getTime()).toBeGreaterThan(Date.now());
    await admin.settings.saveService(DEFAULT_SERVICE_SETTINGS);
  });
});
