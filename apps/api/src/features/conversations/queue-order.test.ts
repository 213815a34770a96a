import type { InboundMessageInput } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let email: string;
const at = (hour: number, minute = 0) => new Date(Date.UTC(2026, 2, 2, hour, minute));

/** A message in one of this file's threads, from that thread's own customer. */
async function write(
  thread: string,
  when: Date,
  overrides: Partial<InboundMessageInput> = {},
): Promise<string> {
  await ingestMessages(t.database.db, email, [
    message("email", {
      threadKey: thread,
      occurredAt: when,
      author: { name: thread, identities: [{ kind: "email", value: `${thread}@kunden.example` }] },
      ...overrides,
    }),
  ]);
  const row = await t.database.db
    .selectFrom("conversations")
    .select(["id", "waiting_since"])
    .where("external_thread_key", "=", thread)
    .executeTakeFirstOrThrow();
  return row.id;
}

const idsOf = (page: { items: { id: string }[] }, among: string[]) =>
  page.items.map((item) => item.id).filter((id) => among.includes(id));

beforeAll(async () => {
  t = await createTestApp();
  email = await createTestConnector(t.database.db, "email");
});
afterAll(() => t.close());

describe("waiting for us", () => {
  it("starts with the customer's first unanswered message and ends with our reply", async () => {
    const id = await write("wait-a", at(9));
    await write("wait-a", at(10));
    const agent = t.caller("agent");
    let conversation = (await agent.conversations.get({ conversationId: id })).conversation;
    expect(conversation.waitingSince).toBe(at(9).toISOString());
    expect(conversation.responseTargetMinutes).toBe(24 * 60);

    await agent.conversations.reply({
      conversationId: id,
      text: "Wir kümmern uns.",
      idempotencyKey: "wait-a-1",
    });
    conversation = (await agent.conversations.get({ conversationId: id })).conversation;
    expect(conversation.waitingSince).toBeNull();

    // An out-of-office answer to our reply is not the customer waiting again; their next mail is.
    await write("wait-a", new Date(Date.now() + 1000), {
      automated: { kind: "auto-reply", signals: ["Auto-Submitted: auto-replied"], failedMessageIds: [] },
    });
    expect((await agent.conversations.get({ conversationId: id })).conversation.waitingSince).toBeNull();
    const next = new Date(Date.now() + 2000);
    await write("wait-a", next);
    expect((await agent.conversations.get({ conversationId: id })).conversation.waitingSince).toBe(
      next.toISOString(),
    );
  });

  it("ends when an agent resolves or sets pending, and a note changes nothing", async () => {
    const resolved = await write("wait-resolved", at(8));
    const noted = await write("wait-noted", at(8));
    const agent = t.caller("agent");
    await agent.conversations.setStatus({ conversationId: resolved, status: "resolved" });
    await agent.conversations.addNote({ conversationId: noted, text: "Rückfrage bei der Fachabteilung" });
    expect(
      (await agent.conversations.get({ conversationId: resolved })).conversation.waitingSince,
    ).toBeNull();
    expect((await agent.conversations.get({ conversationId: noted })).conversation.waitingSince).toBe(
      at(8).toISOString(),
    );
  });
});

describe("queue order", () => {
  let ids: Record<"early" | "late" | "answered" | "pending", string>;
  beforeAll(async () => {
    const late = await write("order-late", at(10));
    const early = await write("order-early", at(9));
    const answered = await write("order-answered", at(8));
    const pending = await write("order-pending", at(7));
    const agent = t.caller("agent");
    await agent.conversations.reply({
      conversationId: answered,
      text: "Erledigt.",
      idempotencyKey: "order-ans-1",
    });
    await agent.conversations.setStatus({ conversationId: pending, status: "pending" });
    ids = { early, late, answered, pending };
  });

  it("puts the longest-waiting customer first, then the conversations nobody waits on by latest activity", async () => {
    const page = await t.caller("agent").conversations.list({ queue: "unassigned" });
    expect(idsOf(page, Object.values(ids))).toEqual([ids.early, ids.late, ids.answered, ids.pending]);
  });

  it("shows the newest activity first when asked", async () => {
    const page = await t.caller("agent").conversations.list({ queue: "unassigned", order: "newest" });
    expect(idsOf(page, Object.values(ids))).toEqual([ids.answered, ids.late, ids.early, ids.pending]);
  });

  it("walks every page in both orders without skipping or repeating a conversation", async () => {
    for (let i = 0; i < 7; i++) await write(`order-many-${i}`, at(6, i));
    const agent = t.caller("agent");
    for (const order of ["waiting", "newest"] as const) {
      const whole = await agent.conversations.list({ queue: "unassigned", order, limit: 100 });
      const walked: string[] = [];
      let cursor: string | undefined;
      do {
        const page = await agent.conversations.list({ queue: "unassigned", order, limit: 3, cursor });
        walked.push(...page.items.map((item) => item.id));
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      expect(walked).toEqual(whole.items.map((item) => item.id));
      expect(new Set(walked).size).toBe(walked.length);
    }
  });

  it("refuses a page link made for the other order", async () => {
    const agent = t.caller("agent");
    const first = await agent.conversations.list({ queue: "unassigned", limit: 1 });
    await expect(
      agent.conversations.list({ queue: "unassigned", order: "newest", cursor: first.nextCursor ?? "" }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/another order/) as unknown,
    });
  });
});

describe("every queue", () => {
  it("reads mine, unassigned, each of my teams and all, in every status", async () => {
    const db = t.database.db;
    const [cards, loans, other] = await Promise.all(
      ["Karten", "Kredite", "Depot"].map((name) =>
        db.insertInto("teams").values({ name }).returning("id").executeTakeFirstOrThrow(),
      ),
    );
    if (!cards || !loans || !other) throw new Error("teams missing");
    await db
      .insertInto("team_members")
      .values([
        { team_id: cards.id, user_id: t.users.agent.id },
        { team_id: loans.id, user_id: t.users.agent.id },
      ])
      .execute();
    const mine = await write("queue-mine", at(5));
    const cardsOpen = await write("queue-cards", at(5, 1));
    const loansSnoozed = await write("queue-loans", at(5, 2));
    const otherTeam = await write("queue-other", at(5, 3));
    const agent = t.caller("agent");
    const supervisor = t.caller("supervisor");
    await agent.conversations.assign({ conversationId: mine, assigneeId: t.users.agent.id });
    await agent.conversations.assign({ conversationId: cardsOpen, assigneeId: null, teamId: cards.id });
    await agent.conversations.assign({ conversationId: loansSnoozed, assigneeId: null, teamId: loans.id });
    await agent.conversations.assign({ conversationId: otherTeam, assigneeId: null, teamId: other.id });
    await agent.conversations.setStatus({
      conversationId: loansSnoozed,
      status: "snoozed",
      snoozedUntil: new Date(Date.now() + 3_600_000),
    });
    const among = [mine, cardsOpen, loansSnoozed, otherTeam];
    const list = async (
      queue: "mine" | "unassigned" | "team" | "all",
      statuses: ("open" | "pending" | "snoozed")[],
    ) => idsOf(await (queue === "all" ? supervisor : agent).conversations.list({ queue, statuses }), among);

    expect(await list("mine", ["open", "pending"])).toEqual([mine]);
    expect(await list("unassigned", ["open", "pending"])).toEqual([cardsOpen, otherTeam]);
    expect(await list("team", ["open", "pending"])).toEqual([cardsOpen]);
    expect(await list("team", ["open", "pending", "snoozed"])).toEqual([cardsOpen, loansSnoozed]);
    expect(await list("team", ["snoozed"])).toEqual([loansSnoozed]);
    expect(await list("mine", ["open"])).toEqual([mine]);
    expect(await list("unassigned", ["snoozed"])).toEqual([loansSnoozed]);
    expect(await list("all", ["open", "pending", "snoozed"])).toEqual([
      mine,
      cardsOpen,
      loansSnoozed,
      otherTeam,
    ]);
  });
});

describe("tags", () => {
  it("tags a conversation in one normal form, offers the tag to others and filters the queue by it", async () => {
    const tagged = await write("tag-a", at(4));
    const untagged = await write("tag-b", at(4, 1));
    const agent = t.caller("agent");
    const result = await agent.conversations.setTags({ conversationId: tagged, add: ["  Rückruf ", "VIP"] });
    expect(result.tags).toEqual(["rückruf", "vip"]);
    expect(await agent.conversations.tags({ prefix: "Rü" })).toEqual(["rückruf"]);
    const filtered = await agent.conversations.list({ queue: "unassigned", tag: "Rückruf" });
    expect(filtered.items.map((item) => item.id)).toEqual([tagged]);
    expect(filtered.items[0]?.tags).toEqual(["rückruf", "vip"]);
    await agent.conversations.setTags({ conversationId: tagged, remove: ["vip"] });
    expect((await agent.conversations.get({ conversationId: tagged })).conversation.tags).toEqual([
      "rückruf",
    ]);
    expect(
      idsOf(await agent.conversations.list({ queue: "unassigned", tag: "vip" }), [tagged, untagged]),
    ).toEqual([]);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select("details")
      .where("action", "=", "conversation.tagged")
      .where("subject_id", "=", tagged)
      .orderBy("at")
      .execute();
    expect(audit.map((row) => row.details)).toEqual([
      { from: [], to: ["rückruf", "vip"] },
      { from: ["rückruf", "vip"], to: ["rückruf"] },
    ]);
  });

  it("refuses a tag with special characters and keeps the stored tags", async () => {
    const id = await write("tag-bad", at(4, 2));
    const agent = t.caller("agent");
    await agent.conversations.setTags({ conversationId: id, add: ["karte"] });
    await expect(
      agent.conversations.setTags({ conversationId: id, add: ["#dringend"] }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    expect((await agent.conversations.get({ conversationId: id })).conversation.tags).toEqual(["karte"]);
  });
});
