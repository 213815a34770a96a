import { RetryLaterError } from "@emma/connectors";
import { discourseSignature, startFakeDiscourse, type FakeDiscourse } from "@emma/connectors/simulators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConnector } from "../connector-runtime/load-connector.ts";
import { pollConnector } from "../connector-runtime/poll-connector.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";

const SITE = "https://community.bank.example";
const WEBHOOK_SECRET = "discourse-webhook-secret-for-tests";

let t: TestApp;
let forum: FakeDiscourse;
let url: string;
let connectorId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  forum = await startFakeDiscourse({ retryDelayMs: () => 5 });
  forum.createUser({ username: "emma_team", admin: true, trustLevel: 4 });
  forum.createUser({ username: "nina_staff", name: "Nina (Emma Bank)", moderator: true, trustLevel: 4 });
  forum.createUser({ username: "mod_max", moderator: true, trustLevel: 4 });
  for (const username of ["anna_s", "ben_b", "carla_c", "dora_d"]) forum.createUser({ username });
  const created = await t.caller("admin").connectors.create({
    kind: "discourse",
    name: "Community",
    config: {
      siteUrl: SITE,
      apiUrl: forum.url,
      apiUsername: "emma_team",
      agentUsernames: { "agent@test.example": "nina_staff" },
    },
    secrets: { apiKey: forum.apiKey, webhookSecret: WEBHOOK_SECRET },
  });
  connectorId = created.id;
  forum.addWebhook({ url: `${url}/webhooks/${connectorId}`, secret: WEBHOOK_SECRET });
});
afterAll(async () => {
  await forum.close();
  await t.close();
});

const settle = async () => {
  await forum.settled();
  await t.app.services.inbound.idle();
  await t.app.services.outbox.drain();
  await forum.settled();
  await t.app.services.inbound.idle();
};

const conversationOf = (topicId: number) =>
  t.database.db
    .selectFrom("conversations")
    .selectAll()
    .where("connector_id", "=", connectorId)
    .where("external_thread_key", "=", `topic:${String(topicId)}`)
    .executeTakeFirstOrThrow();

const itemsOf = (conversationId: string) =>
  t.database.db
    .selectFrom("timeline_events as e")
    .leftJoin("identities as i", "i.id", "e.author_identity_id")
    .select(["e.id", "e.external_id", "e.direction", "e.body_text", "e.metadata", "i.display"])
    .where("e.conversation_id", "=", conversationId)
    .orderBy("e.occurred_at")
    // The fake dates a topic and its first answer to one millisecond; post ids are in order.
    .orderBy("e.external_id")
    .execute();

const poll = async () => {
  const loaded = await loadConnector(t.database.db, t.app.services.secretKey, connectorId);
  const result = await pollConnector(t.database.db, loaded, new AbortController().signal, () => new Date());
  t.app.services.inbound.wake();
  await t.app.services.inbound.idle();
  return result;
};

describe("a Discourse forum through Emma's webhook and API", () => {
  it("refuses an unsigned delivery, and takes Discourse's ping as the webhook's last event", async () => {
    const unsigned = await fetch(`${url}/webhooks/${connectorId}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-discourse-event": "ping",
        "x-discourse-event-type": "ping",
        "x-discourse-event-id": "1",
      },
      body: JSON.stringify({ ping: "OK" }),
    });
    expect(unsigned.status).toBe(401);
    forum.ping();
    await settle();
    const [listed] = (await t.caller("admin").connectors.list()).filter((c) => c.id === connectorId);
    expect(listed?.health.lastEventAt).toEqual(expect.any(String));
  });

  it("puts every post of a topic on one conversation, each by its own author, and a Discourse retry under a new event id is stored once", async () => {
    const { topic } = forum.createTopic("anna_s", {
      title: "Karte im Ausland gesperrt",
      raw: "Meine Karte funktioniert in Spanien nicht. Muss ich sie freischalten?",
    });
    forum.reply("ben_b", topic.id, "In der App unter Karte → Region auf weltweit stellen, dann geht sie.");
    await settle();
    await forum.redeliverLast(1);
    await settle();
    const conversation = await conversationOf(topic.id);
    expect(conversation).toMatchObject({ subject: "Karte im Ausland gesperrt", public_thread: true });
    const items = await itemsOf(conversation.id);
    expect(items.map((item) => [item.display, item.direction])).toEqual([
      ["anna_s", "inbound"],
      ["ben_b", "inbound"],
    ]);
    expect(items[1]?.metadata).toMatchObject({
      postNumber: 2,
      url: expect.stringContaining(SITE) as unknown,
    });
  });

  it("stores a delivery sent again as it was (a replay, Discourse's Redeliver) once, and answers it 2xx", async () => {
    const { topic } = forum.createTopic("ben_b", {
      title: "Girocard",
      raw: "Wo finde ich die PIN meiner Girocard?",
    });
    await settle();
    const delivery = forum.deliveries.findLast((d) => d.eventName === "post_created");
    if (!delivery) throw new Error("no post_created delivery");
    const replayed = await fetch(`${url}/webhooks/${connectorId}`, {
      method: "POST",
      headers: {
        "content-type": "application/json",
        "x-discourse-instance": forum.url,
        "x-discourse-event-id": String(delivery.eventId),
        "x-discourse-event-type": delivery.eventType,
        "x-discourse-event": delivery.eventName,
        "x-discourse-event-signature": discourseSignature(WEBHOOK_SECRET, delivery.body),
      },
      body: delivery.body,
    });
    expect(replayed.status).toBeLessThan(300);
    await settle();
    const conversation = await conversationOf(topic.id);
    expect(await itemsOf(conversation.id)).toHaveLength(1);
    const raw = await t.database.db
      .selectFrom("inbound_events")
      .select("id")
      .where("connector_id", "=", connectorId)
      .where("body", "=", delivery.body)
      .execute();
    expect(raw).toHaveLength(1);
  });

  it("shows a topic solved by the community when the asker accepts a member's answer, and resolves it without an agent", async () => {
    const { topic } = forum.createTopic("carla_c", {
      title: "Sparplan aussetzen",
      raw: "Kann ich meinen ETF-Sparplan drei Monate pausieren, ohne ihn zu kündigen?",
    });
    const answer = forum.reply(
      "dora_d",
      topic.id,
      "Ja, unter Sparpläne → Aussetzen bis. Läuft danach weiter.",
    );
    await settle();
    forum.accept(answer.id, "carla_c");
    await settle();
    const conversation = await conversationOf(topic.id);
    expect(conversation).toMatchObject({
      status: "resolved",
      solved_by_community: true,
      solution_kind: "accepted",
    });
    const detail = await t.caller("agent").conversations.get({ conversationId: conversation.id });
    expect(detail.conversation.communitySolution).toMatchObject({ authorName: "dora_d", byCommunity: true });
  });

  it("counts a like as helpful only when the asker gave it", async () => {
    const { topic } = forum.createTopic("ben_b", {
      title: "Kontoauszug als PDF",
      raw: "Wo finde ich meine Kontoauszüge als PDF im Online-Banking?",
    });
    const answer = forum.reply("anna_s", topic.id, "Unter Postfach → Kontoauszüge, dort als PDF speichern.");
    await settle();
    forum.like(answer.id, "dora_d");
    await settle();
    expect(await conversationOf(topic.id)).toMatchObject({ solution_event_id: null, status: "open" });
    forum.like(answer.id, "ben_b");
    await settle();
    expect(await conversationOf(topic.id)).toMatchObject({
      solution_kind: "helpful",
      solved_by_community: true,
    });
  });

  it("keeps an edited post's earlier text, marks a post a moderator deleted, and shows it again when recovered", async () => {
    const { topic, post } = forum.createTopic("dora_d", {
      title: "Überweisung hängt",
      raw: "Meine Überweisung von Montag ist noch nicht angekommen.",
    });
    await settle();
    forum.edit(post.id, "Meine Überweisung von Montag ist noch nicht angekommen. Betrag: 120 €.");
    await settle();
    forum.destroy(post.id, { by: "moderator", moderator: "mod_max" });
    await settle();
    let [item] = await itemsOf((await conversationOf(topic.id)).id);
    expect(item?.body_text).toContain("Betrag: 120 €");
    expect(item?.metadata).toMatchObject({
      edits: [{ text: "Meine Überweisung von Montag ist noch nicht angekommen." }],
      removed: { by: "moderator" },
    });
    forum.recover(post.id);
    await settle();
    [item] = await itemsOf((await conversationOf(topic.id)).id);
    expect(item?.metadata.removed).toBeUndefined();
    expect(item?.metadata).toMatchObject({ restored: [{ by: "moderator" }] });
  });

  it("answers from the console under the agent's forum name, as a reply to the customer's post; the webhook echo arriving first is still one item", async () => {
    const { topic } = forum.createTopic("anna_s", {
      title: "Dauerauftrag ändern",
      raw: "Wie ändere ich den Betrag eines Dauerauftrags in der App?",
    });
    await settle();
    forum.setEchoBeforeResponse(true);
    const conversation = await conversationOf(topic.id);
    await t.caller("agent").conversations.reply({
      conversationId: conversation.id,
      text: "Unter Zahlungsverkehr → Daueraufträge den Auftrag öffnen und Betrag ändern.",
      idempotencyKey: "forum-answer-0001",
    });
    await settle();
    forum.setEchoBeforeResponse(false);
    const request = forum.requests.findLast((r) => r.endpoint === "create_post");
    expect(request).toMatchObject({ apiUsername: "nina_staff", status: 200 });
    expect(JSON.parse(request?.body ?? "{}")).toMatchObject({ topic_id: topic.id, reply_to_post_number: 1 });
    const ours = (await itemsOf(conversation.id)).filter((item) => item.direction === "outbound");
    expect(ours).toHaveLength(1);
    expect(ours[0]?.external_id).toMatch(/^post:\d+$/);
  });

  it("shows Discourse's own words when it refuses a post", async () => {
    const { topic } = forum.createTopic("ben_b", {
      title: "Zinsen",
      raw: "Wann werden die Zinsen gutgeschrieben?",
    });
    await settle();
    forum.failNext("create_post", {
      kind: "reply",
      status: 422,
      body: { action: "create_post", errors: ["Body is too similar to what you recently posted"] },
    });
    const conversation = await conversationOf(topic.id);
    await t.caller("agent").conversations.reply({
      conversationId: conversation.id,
      text: "Die Zinsen kommen zum Quartalsende.",
      idempotencyKey: "forum-answer-0002",
    });
    await settle();
    const ours = (await itemsOf(conversation.id)).filter((item) => item.direction === "outbound");
    expect(ours[0]?.metadata).toMatchObject({
      deliveryError: expect.stringContaining("too similar to what you recently posted") as unknown,
    });
  });

  it("puts a moderator's post written at the forum itself on the topic's conversation as ours", async () => {
    const { topic } = forum.createTopic("carla_c", {
      title: "Neue PIN",
      raw: "Wann kommt meine neue PIN per Post?",
    });
    await settle();
    forum.reply("mod_max", topic.id, "Die PIN ist gestern rausgegangen, sie kommt in zwei bis drei Tagen.");
    await settle();
    const items = await itemsOf((await conversationOf(topic.id)).id);
    expect(items.map((item) => item.direction)).toEqual(["inbound", "outbound"]);
  });

  it("repairs a webhook that never arrived at the next catch-up, and a second catch-up stores nothing twice", async () => {
    const { topic } = forum.createTopic("dora_d", {
      title: "Limit erhöhen",
      raw: "Wie erhöhe ich mein Tageslimit?",
    });
    await settle();
    forum.dropNext(1);
    forum.reply("ben_b", topic.id, "Im Online-Banking unter Limits, mit TAN bestätigen.");
    await settle();
    const conversation = await conversationOf(topic.id);
    expect(await itemsOf(conversation.id)).toHaveLength(1);
    await poll();
    expect((await itemsOf(conversation.id)).map((item) => item.display)).toEqual(["dora_d", "ben_b"]);
    const again = await poll();
    expect(again.stored).toBe(0);
  });

  it("waits as Discourse's rate limit says when catching up", async () => {
    forum.failNext("latest", { kind: "rate_limit", waitSeconds: 42 });
    const before = Date.now();
    const refusal = await poll().catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(RetryLaterError);
    const waitMs = (refusal as RetryLaterError).retryAt.getTime() - before;
    expect(waitMs).toBeGreaterThanOrEqual(41_000);
    expect(waitMs).toBeLessThan(50_000);
    // Nothing was lost: the next catch-up after the wait still finds everything it should.
    const after = await poll();
    expect(after.stored).toBe(0);
  });
  it("tests the connection: the key's staff account, and how current webhook and catch-up are", async () => {
    const result = await t.caller("admin").connectors.testConnection({ connectorId });
    expect(result).toMatchObject({
      ok: true,
      facts: {
        username: "emma_team",
        role: "admin",
        lastWebhookDelivery: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
        lastCatchUp: expect.stringMatching(/^\d{4}-\d\d-\d\dT/) as unknown,
      },
    });
    expect(result.ok && result.warnings).toEqual([]);
  });
});
