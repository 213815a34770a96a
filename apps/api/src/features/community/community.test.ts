import type { CommunityTopic } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { insertConnector, insertCustomer } from "../../test/fixtures.ts";

let t: TestApp;
const topics: Record<string, string> = {};
const asked: Record<string, string> = {};
const at = (day: number) => new Date(Date.UTC(2024, 4, day, 9));

const suggestions = async (conversationId: string) =>
  (await t.caller("agent").community.suggestions({ conversationId })).topics;
const names = (found: CommunityTopic[]) =>
  found.map((topic) => Object.keys(topics).find((name) => topics[name] === topic.conversationId));

interface TopicFixture {
  title: string;
  posts: { text: string; author: string }[];
  /** Index of the post that answers the question. */
  solution?: number;
  publicThread?: boolean;
  removed?: boolean;
  day: number;
}

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const forum = await insertConnector(db, "emma-inbound");
  const mail = await insertConnector(db, "email");
  const customerId = await insertCustomer(db, "Anna Müller");
  const topic = async (name: string, fixture: TopicFixture) => {
    const conversation = await db
      .insertInto("conversations")
      .values({
        customer_id: customerId,
        origin_customer_id: customerId,
        connector_id: forum,
        channel: "forum",
        external_thread_key: `topic-${name}`,
        subject: fixture.title,
        public_thread: fixture.publicThread ?? true,
        last_message_at: at(fixture.day),
        thread_removed_at: fixture.removed ? at(fixture.day + 1) : null,
        thread_removed_by: fixture.removed ? "moderator" : null,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    topics[name] = conversation.id;
    const postIds: string[] = [];
    for (const [i, post] of fixture.posts.entries()) {
      const row = await db
        .insertInto("timeline_events")
        .values({
          customer_id: customerId,
          origin_customer_id: customerId,
          conversation_id: conversation.id,
          connector_id: forum,
          channel: "forum",
          kind: "forum_post",
          direction: "inbound",
          occurred_at: new Date(at(fixture.day).getTime() + i * 60_000),
          author_name: post.author,
          subject: fixture.title,
          body_text: post.text,
          metadata: JSON.stringify({
            topicId: 100 + Object.keys(topics).length,
            postNumber: i + 1,
            url: `https://forum.example/t/${name}/${String(100 + Object.keys(topics).length)}/${String(i + 1)}`,
          }),
          external_id: `${name}-${String(i + 1)}`,
        })
        .returning("id")
        .executeTakeFirstOrThrow();
      postIds.push(row.id);
    }
    const solution = fixture.solution === undefined ? undefined : postIds[fixture.solution];
    if (solution)
      await db
        .updateTable("conversations")
        .set({ solution_event_id: solution, solution_kind: "accepted", solved_at: at(fixture.day) })
        .where("id", "=", conversation.id)
        .execute();
  };
  const question = async (name: string, subject: string, text: string) => {
    const conversation = await db
      .insertInto("conversations")
      .values({
        customer_id: customerId,
        origin_customer_id: customerId,
        connector_id: mail,
        channel: "email",
        external_thread_key: `mail-${name}`,
        subject,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    asked[name] = conversation.id;
    await db
      .insertInto("timeline_events")
      .values({
        customer_id: customerId,
        origin_customer_id: customerId,
        conversation_id: conversation.id,
        connector_id: mail,
        channel: "email",
        kind: "message",
        direction: "inbound",
        occurred_at: at(20),
        subject,
        body_text: text,
      })
      .execute();
  };

  await topic("germanSolved", {
    title: "Karte nach falscher PIN gesperrt",
    day: 1,
    posts: [
      {
        author: "kontofuchs",
        text: "Ich habe dreimal die falsche PIN eingegeben, jetzt ist meine Karte gesperrt.",
      },
      {
        author: "bergfex_77",
        text: "In der App unter Karten → Karte entsperren. Danach gilt die alte PIN wieder.",
      },
    ],
    solution: 1,
  });
  await topic("germanOpen", {
    // The question's very words, and newer: it would come first if relevance alone counted.
    title: "Karte gesperrt",
    day: 9,
    posts: [
      {
        author: "neu_hier",
        text: "Ich habe dreimal eine falsche PIN eingegeben und jetzt ist meine Karte gesperrt.",
      },
    ],
  });
  await topic("englishSolved", {
    title: "Card blocked after wrong PIN",
    day: 2,
    posts: [
      { author: "jo_traveller", text: "I typed the wrong PIN three times and now my debit card is blocked." },
      { author: "helpful_hannah", text: "Unblock the card in the app under Cards, the PIN stays the same." },
    ],
    solution: 1,
  });
  await topic("savingsPlan", {
    title: "Sparplan pausieren",
    day: 3,
    posts: [
      { author: "etf_eva", text: "Kann man einen ETF-Sparplan aussetzen?" },
      { author: "sparfuchs", text: "Ja, im Depot unter Sparpläne → Pausieren." },
    ],
    solution: 1,
  });
  await topic("privateMessage", {
    title: "Karte gesperrt nach falscher PIN",
    day: 10,
    publicThread: false,
    posts: [
      {
        author: "kontofuchs",
        text: "Privat: meine Karte ist nach falscher PIN gesperrt, Kartennummer 4111…",
      },
    ],
  });
  await topic("removedTopic", {
    title: "Karte gesperrt wegen falscher PIN",
    day: 11,
    removed: true,
    posts: [
      { author: "troll", text: "Karte gesperrt? Falsche PIN? Ruf diese Nummer an!" },
      { author: "troll2", text: "Karte gesperrt, falsche PIN: genau so." },
    ],
    solution: 1,
  });
  await question(
    "german",
    "Karte gesperrt",
    "Hallo,\n\nich habe dreimal eine falsche PIN eingegeben und jetzt ist meine Karte gesperrt. Was kann ich tun?\n\nViele Grüße\nAnna Müller",
  );
  await question(
    "english",
    "Card blocked",
    "Hi,\nmy card got blocked after I typed the wrong PIN three times. What can I do?\nThanks,\nAnna",
  );
  await question(
    "unrelated",
    "Adressänderung",
    "Guten Tag,\nich bin umgezogen. Wie ändere ich meine Anschrift?",
  );
});

afterAll(() => t.close());

describe("community.suggestions", () => {
  it("finds the German solved topic first for a German question, with its answer", async () => {
    const found = await suggestions(asked.german ?? "");
    expect(names(found)[0]).toBe("germanSolved");
    expect(found[0]).toMatchObject({
      title: "Karte nach falscher PIN gesperrt",
      url: `https://forum.example/t/germanSolved/101/1`,
      solved: true,
      answer: { authorName: "bergfex_77", excerpt: expect.stringContaining("Karte entsperren") as string },
      postCount: 2,
    });
  });

  it("lists solved topics before unsolved ones, however recent", async () => {
    const found = names(await suggestions(asked.german ?? ""));
    expect(found).toContain("germanOpen");
    expect(found.indexOf("germanSolved")).toBeLessThan(found.indexOf("germanOpen"));
    const open = (await suggestions(asked.german ?? "")).find((topic) => !topic.solved);
    expect(open?.answer).toBeNull();
  });

  it("finds the English topic first for an English question", async () => {
    const found = await suggestions(asked.english ?? "");
    expect(names(found)[0]).toBe("englishSolved");
    expect(found[0]?.answer?.authorName).toBe("helpful_hannah");
  });

  it("finds nothing for an unrelated question", async () => {
    expect(await suggestions(asked.unrelated ?? "")).toEqual([]);
  });

  it("never suggests private messages, removed topics or the conversation itself", async () => {
    for (const conversationId of [asked.german, asked.english, topics.germanOpen, topics.germanSolved]) {
      const found = names(await suggestions(conversationId ?? ""));
      expect(found).not.toContain("privateMessage");
      expect(found).not.toContain("removedTopic");
    }
    const fromTopic = names(await suggestions(topics.germanOpen ?? ""));
    expect(fromTopic).toContain("germanSolved");
    expect(fromTopic).not.toContain("germanOpen");
  });

  it("answers an unknown conversation as conversations.get does", async () => {
    await expect(
      t.caller("agent").community.suggestions({ conversationId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
