import type { InboundMessageInput } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let forum: string;
beforeAll(async () => {
  t = await createTestApp();
  forum = await createTestConnector(t.database.db, "emma-inbound", "Community");
});
afterAll(() => t.close());

const member = (id: string, name: string) => ({
  name,
  identities: [{ kind: "forum" as const, value: id, site: "community.bank.example", display: name }],
});
const anna = member("101", "Anna Schneider");
const bernd = member("202", "Bernd Vogel");
const at = (minute: number) => new Date(Date.UTC(2026, 11, 3, 8, minute));

function post(topic: string, number: number, overrides: Partial<InboundMessageInput>) {
  return message("forum", {
    externalId: `post:${topic}:${String(number)}`,
    threadKey: `topic:${topic}`,
    publicThread: true,
    subject: `Frage ${topic}`,
    occurredAt: at(number),
    ...overrides,
  });
}

const mark = (topic: string, number: number, how: "accepted" | "helpful", minute: number) =>
  post(topic, number, {
    author: { identities: [] },
    text: "",
    change: { type: "solution", accepted: true, how, at: at(minute) },
  });

async function conversationOf(topic: string): Promise<string> {
  const row = await t.database.db
    .selectFrom("conversations")
    .select("id")
    .where("external_thread_key", "=", `topic:${topic}`)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe("a forum topic in the console's data", () => {
  it("names the community's answer: its author, its first words, how it was chosen", async () => {
    const long = `Die Karte lässt sich in der App unter Karten › Sperren wieder entsperren. ${"Mehr dazu. ".repeat(40)}`;
    await ingestMessages(t.database.db, forum, [
      post("1", 1, { author: anna, text: "Karte gesperrt, was tun?" }),
      post("1", 2, { author: bernd, text: long }),
    ]);
    await ingestMessages(t.database.db, forum, [mark("1", 2, "accepted", 30)]);
    const conversationId = await conversationOf("1");
    const { conversation, items } = await t.caller("agent").conversations.get({ conversationId });
    const answer = items.find((item) => item.text.startsWith("Die Karte"));
    expect(conversation.communitySolution).toEqual({
      itemId: answer?.id,
      how: "accepted",
      at: at(30).toISOString(),
      authorName: "Bernd Vogel",
      excerpt: long.slice(0, 280),
      byCommunity: true,
    });
    expect(conversation).toMatchObject({ status: "resolved", threadRemoved: null, threadClosed: false });
  });

  it("counts a member's forum reputation in the customer 360, and none for a customer without a forum account", async () => {
    await ingestMessages(t.database.db, forum, [
      post("2", 1, { author: bernd, text: "Wie ändere ich mein Limit?" }),
      post("3", 1, { author: anna, text: "Überweisung hängt" }),
      post("3", 2, { author: bernd, text: "Dauert bis zu einem Tag." }),
    ]);
    await ingestMessages(t.database.db, forum, [mark("3", 2, "helpful", 31)]);
    const berndId = (
      await t.database.db
        .selectFrom("identities")
        .select("customer_id")
        .where("value", "=", "community.bank.example:202")
        .executeTakeFirstOrThrow()
    ).customer_id;
    const customer = await t.caller("agent").customers.get({ customerId: berndId });
    expect(customer.forumReputation).toEqual({
      posts: 3,
      topicsStarted: 1,
      solutionsGiven: 1,
      helpfulGiven: 1,
    });
    await ingestMessages(t.database.db, forum, [
      message("email", {
        author: { name: "Clara", identities: [{ kind: "email", value: "clara@example.de" }] },
      }),
    ]);
    const clara = await t.database.db
      .selectFrom("identities")
      .select("customer_id")
      .where("value", "=", "clara@example.de")
      .executeTakeFirstOrThrow();
    expect(
      (await t.caller("agent").customers.get({ customerId: clara.customer_id })).forumReputation,
    ).toBeNull();
  });
});
