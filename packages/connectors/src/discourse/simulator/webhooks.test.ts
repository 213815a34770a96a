import { createHmac } from "node:crypto";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { discourseSignature } from "./discourse-delivery.ts";
import { startFakeDiscourse, type FakeDiscourse } from "./fake-discourse.ts";
import { startTestReceiver } from "./test-receiver.ts";

const SECRET = "emma-webhook-secret-0123";

let forum: FakeDiscourse;
let receiver: Awaited<ReturnType<typeof startTestReceiver>>;
beforeEach(async () => {
  forum = await startFakeDiscourse({ retryDelayMs: () => 5 });
  receiver = await startTestReceiver();
});
afterEach(async () => {
  await forum.close();
  await receiver.close();
});

const eventsOf = () => receiver.received.map((delivery) => delivery.headers["x-discourse-event"]);

describe("the fake Discourse's webhooks", () => {
  it("signs with HMAC-SHA256 as the published test vector computes it", () => {
    // The HMAC-SHA256 example of RFC 2104's Wikipedia page (key "key", the quick brown fox).
    expect(discourseSignature("key", "The quick brown fox jumps over the lazy dog")).toBe(
      "sha256=f7bc83f430538424b13298e6aa6fb143ef4d59a14946175997479dbc2d1a3cd8",
    );
  });

  it("delivers a new topic signed over the raw bytes, with Discourse's headers and payloads", async () => {
    forum.addWebhook({ url: receiver.url, secret: SECRET });
    const anna = forum.quietly(() => forum.createUser({ username: "anna", name: "Anna Berg" }));
    const { topic, post } = forum.createTopic(anna, {
      title: "Karte gesperrt, was tun?",
      raw: "Meine Karte geht nicht mehr.",
    });
    await forum.settled();

    expect(eventsOf()).toEqual(["topic_created", "post_created"]);
    const [first, second] = receiver.received;
    const expected = `sha256=${createHmac("sha256", SECRET)
      .update(second?.rawBody ?? "")
      .digest("hex")}`;
    expect(second?.headers).toMatchObject({
      "x-discourse-instance": forum.url,
      "x-discourse-event-type": "post",
      "x-discourse-event": "post_created",
      "x-discourse-event-signature": expected,
      "content-type": "application/json",
    });
    expect(Number(second?.headers["x-discourse-event-id"])).toBeGreaterThan(
      Number(first?.headers["x-discourse-event-id"]),
    );
    expect(first?.json).toMatchObject({
      topic: { id: topic.id, title: "Karte gesperrt, was tun?", created_by: { username: "anna" } },
    });
    expect(second?.json).toMatchObject({
      post: {
        id: post.id,
        topic_id: topic.id,
        post_number: 1,
        username: "anna",
        raw: "Meine Karte geht nicht mehr.",
        cooked: "<p>Meine Karte geht nicht mehr.</p>",
        topic_title: "Karte gesperrt, was tun?",
        topic_archetype: "regular",
      },
    });
  });

  it("retries a refused delivery with the same body under a new event id", async () => {
    forum.addWebhook({ url: receiver.url, secret: SECRET, events: ["post_created"] });
    const anna = forum.quietly(() => forum.createUser({ username: "anna" }));
    const { topic } = forum.quietly(() =>
      forum.createTopic(anna, { title: "Überweisung hängt", raw: "Seit gestern." }),
    );
    receiver.answerNext(500);
    forum.reply(anna, topic.id, "Noch jemand da?");
    await forum.settled();

    const [refused, retried] = receiver.received;
    expect(receiver.received).toHaveLength(2);
    expect(retried?.rawBody.toString()).toBe(refused?.rawBody.toString());
    expect(retried?.headers["x-discourse-event-id"]).not.toBe(refused?.headers["x-discourse-event-id"]);
    expect(forum.deliveries.map((delivery) => [delivery.outcome, delivery.retry])).toEqual([
      [500, 0],
      [200, 1],
    ]);
  });

  it("drops a delivery for good, and redelivers the last one under a new id", async () => {
    forum.addWebhook({ url: receiver.url, secret: SECRET, events: ["post_created", "post_edited"] });
    const anna = forum.quietly(() => forum.createUser({ username: "anna" }));
    const { topic } = forum.quietly(() =>
      forum.createTopic(anna, { title: "Kontoauszug fehlt", raw: "Für März." }),
    );
    forum.dropNext();
    const lost = forum.reply(anna, topic.id, "Das hier kommt nie an.");
    forum.edit(lost.id, "Doch noch bearbeitet.");
    await forum.settled();
    await forum.redeliverLast();
    await forum.settled();

    expect(eventsOf()).toEqual(["post_edited", "post_edited"]);
    const [edited, again] = receiver.received;
    expect(again?.rawBody.toString()).toBe(edited?.rawBody.toString());
    expect(again?.headers["x-discourse-event-id"]).not.toBe(edited?.headers["x-discourse-event-id"]);
    expect(edited?.json).toMatchObject({ post: { id: lost.id, raw: "Doch noch bearbeitet.", version: 2 } });
  });

  it("sends the deletions, recoveries and accepted answers Discourse sends", async () => {
    forum.addWebhook({ url: receiver.url, secret: SECRET });
    const { anna, ben, topic, answer } = forum.quietly(() => {
      const anna = forum.createUser({ username: "anna" });
      const ben = forum.createUser({ username: "ben", moderator: true });
      const { topic } = forum.createTopic(anna, { title: "Wie ändere ich die PIN?", raw: "Frage." });
      return { anna, ben, topic, answer: forum.reply(ben, topic.id, "Am Automaten unter Einstellungen.") };
    });
    forum.accept(answer.id, anna);
    forum.destroy(answer.id, { by: "author" });
    forum.recover(answer.id);
    forum.deleteTopic(topic.id, ben);
    await forum.settled();

    expect(
      receiver.received.map((delivery) => [
        delivery.headers["x-discourse-event-type"],
        delivery.headers["x-discourse-event"],
      ]),
    ).toEqual([
      ["solved", "accepted_solution"],
      ["post", "post_edited"],
      ["post", "post_destroyed"],
      ["post", "post_edited"],
      ["post", "post_recovered"],
      ["post", "post_destroyed"],
      ["topic", "topic_destroyed"],
    ]);
    expect(receiver.received[0]?.json).toMatchObject({ solved: { id: answer.id, accepted_answer: true } });
    expect(receiver.received[2]?.json).toMatchObject({
      post: { id: answer.id, user_deleted: true, raw: "(post deleted by author)", deleted_at: null },
    });
    expect(receiver.received[3]?.json).toMatchObject({ post: { raw: "Am Automaten unter Einstellungen." } });
    expect(receiver.received[6]?.json).toMatchObject({
      topic: { id: topic.id, deleted_by: { username: "ben" } },
    });
  });

  it("delivers Emma's own reply back before answering the POST when echoBeforeResponse is set", async () => {
    forum.addWebhook({ url: receiver.url, secret: SECRET, events: ["post_created"] });
    forum.setEchoBeforeResponse(true);
    const { topic } = forum.quietly(() => {
      forum.createUser({ username: "support", admin: true });
      return forum.createTopic(forum.createUser({ username: "anna" }), {
        title: "Lastschrift zurückgeben",
        raw: "Wie geht das?",
      });
    });
    const response = await fetch(`${forum.url}/posts.json`, {
      method: "POST",
      headers: { "api-key": forum.apiKey, "api-username": "support", "content-type": "application/json" },
      body: JSON.stringify({
        topic_id: topic.id,
        raw: "Im Online-Banking unter Umsätze, bis zu acht Wochen lang.",
      }),
    });
    const deliveredBeforeAnswer = receiver.received.length;
    const created = (await response.json()) as { id: number };

    expect(deliveredBeforeAnswer).toBe(1);
    expect(receiver.received[0]?.json).toMatchObject({ post: { id: created.id, username: "support" } });
  });

  it('answers the admin\'s ping with {"ping":"OK"}', async () => {
    forum.addWebhook({ url: receiver.url, secret: SECRET, events: ["post_created"] });
    forum.ping();
    await forum.settled();
    expect(
      receiver.received.map((delivery) => [delivery.headers["x-discourse-event-type"], delivery.json]),
    ).toEqual([["ping", { ping: "OK" }]]);
  });
});
