import type { InboundChange, InboundMessageInput } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { TEST_TOMBSTONE_KEY, memoryLogger } from "../test/test-app.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";
import { processBatch } from "./process-batch.ts";

let database: EmmaDatabase;
let forum: string;
beforeAll(async () => {
  database = await createTestDatabase();
  forum = await createTestConnector(database.db, "emma-inbound", "Community");
});
afterAll(() => database.close());

const at = (minute: number) => new Date(Date.UTC(2026, 11, 2, 9, minute));
const member = (id: string, name: string) => ({
  name,
  identities: [{ kind: "forum" as const, value: id, site: "community.bank.example", display: name }],
});
const asker = member("101", "Anna Schneider");
const helper = member("202", "Bernd Vogel");
const nobody = { identities: [] };

function post(topic: string, number: number, overrides: Partial<InboundMessageInput> = {}) {
  return message("forum", {
    externalId: `post:${topic}:${String(number)}`,
    threadKey: `topic:${topic}`,
    publicThread: true,
    subject: `Frage ${topic}`,
    author: number === 1 ? asker : helper,
    text: `Beitrag ${String(number)}`,
    occurredAt: at(number),
    metadata: { topicId: Number(topic), postNumber: number },
    ...overrides,
  });
}

/** A change of post `number` that names nobody (the forum's webhook carries only the post id). */
function change(topic: string, number: number, what: InboundChange, text = "") {
  return post(topic, number, { author: nobody, text, change: what });
}

const accept = (accepted: boolean, minute: number, how: "accepted" | "helpful" = "accepted") =>
  ({ type: "solution", accepted, how, at: at(minute) }) as const;

async function startTopic(topic: string) {
  await ingestMessages(database.db, forum, [post(topic, 1), post(topic, 2)]);
}

const conversation = (topic: string) =>
  database.db
    .selectFrom("conversations")
    .selectAll()
    .where("connector_id", "=", forum)
    .where("external_thread_key", "=", `topic:${topic}`)
    .executeTakeFirstOrThrow();

const postItem = (topic: string, number: number) =>
  database.db
    .selectFrom("timeline_events")
    .select(["id", "body_text", "metadata", "conversation_subject"])
    .where("connector_id", "=", forum)
    .where("external_id", "=", `post:${topic}:${String(number)}`)
    .executeTakeFirstOrThrow();

const realtimeAbout = async (conversationId: string) => {
  const rows = await database.db
    .selectFrom("realtime_events")
    .select(["topic", "payload"])
    .orderBy("id")
    .execute();
  return rows.filter((row) => (row.payload as { conversationId?: string }).conversationId === conversationId);
};

describe("forum posts changed at the forum", () => {
  it("an edit keeps the earlier text, a moderator's deletion marks the post, a recovery shows it again", async () => {
    await startTopic("1");
    await ingestMessages(database.db, forum, [
      change("1", 2, { type: "edit", editedAt: at(10) }, "Beitrag 2, ergänzt"),
    ]);
    await ingestMessages(database.db, forum, [
      change("1", 2, { type: "delete", deletedAt: at(11), by: "moderator", purge: false }),
    ]);
    const removed = await postItem("1", 2);
    expect(removed.metadata.edits).toEqual([{ text: "Beitrag 2", until: at(10).toISOString() }]);
    expect(removed.metadata.removed).toEqual({ at: at(11).toISOString(), by: "moderator", purged: false });
    await ingestMessages(database.db, forum, [
      change("1", 2, { type: "restore", restoredAt: at(12) }, "Beitrag 2, ergänzt"),
    ]);
    const restored = await postItem("1", 2);
    expect(restored.body_text).toBe("Beitrag 2, ergänzt");
    expect(restored.metadata.removed).toBeUndefined();
    expect(restored.metadata.restored).toEqual([
      { at: at(11).toISOString(), by: "moderator", restoredAt: at(12).toISOString() },
    ]);
  });

  it("a deletion and a recovery in one batch apply in the order they happened", async () => {
    await startTopic("2");
    await ingestMessages(database.db, forum, [
      change("2", 2, { type: "delete", deletedAt: at(20), by: "author", purge: false }),
      change("2", 2, { type: "restore", restoredAt: at(21) }, "Beitrag 2"),
      change("2", 2, { type: "delete", deletedAt: at(22), by: "moderator", purge: false }),
    ]);
    expect((await postItem("2", 2)).metadata.removed).toMatchObject({ by: "moderator" });
  });

  it("a recovered post Emma never had waits when it names nobody, and is created when it names its author", async () => {
    await startTopic("3");
    const anonymous = await ingestMessages(database.db, forum, [
      change("3", 3, { type: "restore", restoredAt: at(30) }, "Wieder da"),
    ]);
    expect(anonymous.outcome).not.toBe("processed");
    await ingestMessages(database.db, forum, [
      post("3", 4, { text: "Auch wieder da", change: { type: "restore", restoredAt: at(31) } }),
    ]);
    const created = await postItem("3", 4);
    expect(created.body_text).toBe("Auch wieder da");
  });
});

describe("an answer to a forum topic", () => {
  it("accepted before its post arrived waits, then applies to the post and its conversation", async () => {
    await ingestMessages(database.db, forum, [post("10", 1)]);
    const early = await ingestMessages(database.db, forum, [change("10", 2, accept(true, 40))]);
    expect(early.outcome).not.toBe("processed");
    expect((await conversation("10")).solution_event_id).toBeNull();
    await ingestMessages(database.db, forum, [post("10", 2)]);
    await processBatch(database.db, memoryLogger(), {
      tombstoneKey: TEST_TOMBSTONE_KEY,
      limit: 10,
      ids: [early.eventId],
    });
    const answer = await postItem("10", 2);
    expect(answer.metadata.solution).toEqual({ how: "accepted", at: at(40).toISOString() });
    expect(await conversation("10")).toMatchObject({
      solution_event_id: answer.id,
      solution_kind: "accepted",
    });
  });

  it("a community member's accepted answer resolves the question without an agent, and says so live", async () => {
    await startTopic("11");
    const before = await conversation("11");
    expect(before).toMatchObject({ status: "open" });
    expect(before.waiting_since).not.toBeNull();
    await ingestMessages(database.db, forum, [change("11", 2, accept(true, 41))]);
    const after = await conversation("11");
    expect(after).toMatchObject({
      status: "resolved",
      solved_by_community: true,
      solution_kind: "accepted",
      waiting_since: null,
    });
    expect(after.solved_at?.toISOString()).toBe(at(41).toISOString());
    expect(after.resolved_at?.toISOString()).toBe(at(41).toISOString());
    const topics = (await realtimeAbout(after.id)).map((row) => [
      row.topic,
      (row.payload as { change?: string }).change,
    ]);
    expect(topics).toContainEqual(["timeline.updated", "solution"]);
    expect(topics).toContainEqual(["conversation.changed", undefined]);
  });

  it("taken back, the answer is gone and the question is open again", async () => {
    await ingestMessages(database.db, forum, [change("11", 2, accept(false, 42))]);
    expect(await conversation("11")).toMatchObject({
      status: "open",
      resolved_at: null,
      solution_event_id: null,
      solution_kind: null,
      solved_at: null,
      solved_by_community: false,
    });
    expect((await postItem("11", 2)).metadata.solution).toBeUndefined();
  });

  it("our staff's accepted answer solves the topic but not by the community, and resolves nothing", async () => {
    await ingestMessages(database.db, forum, [post("12", 1)]);
    await ingestMessages(database.db, forum, [
      // Our staff's post names nobody; like a Page's comment it joins the thread through the post it answers.
      post("12", 2, {
        direction: "outbound",
        author: nobody,
        text: "Antwort vom Support",
        threading: { referencedIds: ["post:12:1"] },
      }),
    ]);
    await ingestMessages(database.db, forum, [change("12", 2, accept(true, 43))]);
    expect(await conversation("12")).toMatchObject({
      status: "open",
      solution_kind: "accepted",
      solved_by_community: false,
      solution_event_id: (await postItem("12", 2)).id,
    });
  });

  it("an accepted answer outranks a helpful one; when it is taken back the helpful one counts again", async () => {
    await ingestMessages(database.db, forum, [post("13", 1), post("13", 2), post("13", 3)]);
    await ingestMessages(database.db, forum, [change("13", 2, accept(true, 44, "helpful"))]);
    expect(await conversation("13")).toMatchObject({
      solution_event_id: (await postItem("13", 2)).id,
      solution_kind: "helpful",
    });
    await ingestMessages(database.db, forum, [change("13", 3, accept(true, 45))]);
    const accepted = (await postItem("13", 3)).id;
    expect(await conversation("13")).toMatchObject({
      solution_event_id: accepted,
      solution_kind: "accepted",
    });
    // A later helpful mark on another post does not displace the accepted answer.
    await ingestMessages(database.db, forum, [change("13", 2, accept(true, 46, "helpful"))]);
    expect(await conversation("13")).toMatchObject({ solution_event_id: accepted });
    await ingestMessages(database.db, forum, [change("13", 3, accept(false, 47))]);
    expect(await conversation("13")).toMatchObject({
      solution_event_id: (await postItem("13", 2)).id,
      solution_kind: "helpful",
      status: "resolved",
    });
  });
});

describe("a forum topic changed at the forum", () => {
  const thread = (
    topic: string,
    minute: number,
    what: Omit<Extract<InboundChange, { type: "thread" }>, "type" | "at">,
  ) =>
    message("forum", {
      externalId: `topic:${topic}:${String(minute)}`,
      threadKey: `topic:${topic}`,
      author: nobody,
      text: "",
      occurredAt: at(minute),
      change: { type: "thread", at: at(minute), ...what },
    });

  it("renamed: the conversation and its items carry the new title", async () => {
    await startTopic("20");
    await ingestMessages(database.db, forum, [thread("20", 50, { subject: "Karte gesperrt – gelöst" })]);
    expect((await conversation("20")).subject).toBe("Karte gesperrt – gelöst");
    expect((await postItem("20", 2)).conversation_subject).toBe("Karte gesperrt – gelöst");
    // An older rename arriving late changes nothing.
    await ingestMessages(database.db, forum, [thread("20", 49, { subject: "Karte gesperrt" })]);
    expect((await conversation("20")).subject).toBe("Karte gesperrt – gelöst");
  });

  it("deleted by a moderator, recovered, then closed", async () => {
    await ingestMessages(database.db, forum, [thread("20", 51, { removed: { by: "moderator" } })]);
    const deleted = await conversation("20");
    expect(deleted.thread_removed_at?.toISOString()).toBe(at(51).toISOString());
    expect(deleted.thread_removed_by).toBe("moderator");
    await ingestMessages(database.db, forum, [thread("20", 52, { removed: null })]);
    expect(await conversation("20")).toMatchObject({ thread_removed_at: null, thread_removed_by: null });
    await ingestMessages(database.db, forum, [thread("20", 53, { closed: true })]);
    const closed = await conversation("20");
    expect(closed.thread_closed).toBe(true);
    expect((await realtimeAbout(closed.id)).map((row) => row.topic)).toContain("conversation.changed");
  });

  it("a change of a topic Emma has no conversation for yet waits for it", async () => {
    const early = await ingestMessages(database.db, forum, [thread("21", 54, { closed: true })]);
    expect(early.outcome).not.toBe("processed");
    await startTopic("21");
    await processBatch(database.db, memoryLogger(), {
      tombstoneKey: TEST_TOMBSTONE_KEY,
      limit: 10,
      ids: [early.eventId],
    });
    expect((await conversation("21")).thread_closed).toBe(true);
  });
});
