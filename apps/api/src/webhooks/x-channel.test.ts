import { signedXDelivery, startFakeXApi, type FakeXApi } from "@emma/connectors/simulators";
import { dmEvent, snowflake } from "@emma/connectors/simulators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConnector } from "../connector-runtime/load-connector.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";

const ACCOUNT = { id: "1790000000000000001", username: "emma_bank", name: "Emma Bank" };
// Above 2^53: must stay exact from webhook to send.
const ANNA = { id: "9007199254740993123", username: "anna_k", name: "Anna Krüger" };
const CONSUMER_SECRET = "x-consumer-secret-for-tests-0123456789";

let t: TestApp;
let api: FakeXApi;
let url: string;
let connectorId: string;

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  api = await startFakeXApi({ account: ACCOUNT, consumerSecret: CONSUMER_SECRET });
  const created = await t.caller("admin").connectors.create({
    kind: "x",
    name: "X @emma_bank",
    config: { accountUserId: ACCOUNT.id, handle: "@emma_bank", apiBase: api.url },
    secrets: {
      consumerSecret: CONSUMER_SECRET,
      oauth2: { clientId: "emma-client-id", clientSecret: "emma-client-secret", ...api.issueTokens() },
    },
  });
  connectorId = created.id;
  api.registerWebhook(`${url}/webhooks/${connectorId}`);
});
afterAll(async () => {
  await api.close();
  await t.close();
});

const settle = async () => {
  await api.settled();
  await t.app.services.inbound.idle();
  await t.app.services.outbox.drain();
  await api.settled();
  await t.app.services.inbound.idle();
};

const itemsWith = (externalId: string) =>
  t.database.db
    .selectFrom("timeline_events")
    .select(["id", "direction", "body_text", "metadata", "conversation_id"])
    .where("connector_id", "=", connectorId)
    .where("external_id", "=", externalId)
    .execute();

describe("an X account through Emma's webhook", () => {
  it("passes X's CRC on the webhook URL with the consumer secret, and refuses an unsigned delivery", async () => {
    const driver = api.registerWebhook(`${url}/webhooks/${connectorId}`);
    expect(await driver.crc()).toMatchObject({ valid: true, status: 200 });
    const unsigned = await fetch(`${url}/webhooks/${connectorId}`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: "{}",
    });
    expect(unsigned.status).toBe(401);
  });

  it("stores a DM delivered three times at once once, and answers it by DM; X's echo of our DM is the same item", async () => {
    const dm = {
      id: snowflake(),
      senderId: ANNA.id,
      recipientId: ACCOUNT.id,
      text: "Meine Karte ist gesperrt",
      createdAt: new Date(),
    };
    const event = dmEvent("dm.received", ACCOUNT, dm, [
      { id: ANNA.id, username: ANNA.username, name: ANNA.name },
      { id: ACCOUNT.id, username: ACCOUNT.username, name: ACCOUNT.name },
    ]);
    const { body, headers } = signedXDelivery(CONSUMER_SECRET, event);
    const answers = await Promise.all(
      [1, 2, 3].map(() => fetch(`${url}/webhooks/${connectorId}`, { method: "POST", headers, body })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 202]);
    await settle();
    const [inbound, ...again] = await itemsWith(dm.id);
    expect(again).toEqual([]);
    expect(inbound?.body_text).toBe("Meine Karte ist gesperrt");
    const identity = await t.database.db
      .selectFrom("identities")
      .select(["value", "display"])
      .where("kind", "=", "twitter")
      .executeTakeFirstOrThrow();
    expect(identity).toEqual({ value: ANNA.id, display: "@anna_k" });

    const reply = await t.caller("agent").conversations.reply({
      conversationId: inbound?.conversation_id ?? "",
      text: "Wir haben die Karte entsperrt.",
      idempotencyKey: "x-dm-reply-1",
    });
    await settle();
    const sent = api.sent.at(-1);
    expect(sent).toMatchObject({ kind: "dm", to: ANNA.id, text: "Wir haben die Karte entsperrt." });
    const outbound = await itemsWith(sent?.id ?? "");
    expect(outbound.map((row) => row.id)).toEqual([reply.eventId]);
    expect(outbound[0]?.metadata.delivery).toBe("sent");
  });

  it("answers a mention in public as a reply to it, and marks the mention when its author deletes it", async () => {
    const { post } = api.customerPosts(ANNA, "@emma_bank warum so hohe Gebühren?");
    await settle();
    const [mention] = await itemsWith(post.id);
    const conversation = await t
      .caller("agent")
      .conversations.get({ conversationId: mention?.conversation_id ?? "" });
    expect(conversation.conversation.publicThread).toBe(true);
    const sentBefore = api.sent.length;
    // 150 emoji: 150 characters, but 300 by X's count.
    await expect(
      t.caller("agent").conversations.reply({
        conversationId: mention?.conversation_id ?? "",
        text: "😀".repeat(150),
        visibility: "public",
        idempotencyKey: "x-public-too-long-1",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/300 characters by X's count/) as unknown,
    });
    await settle();
    expect(api.sent.length).toBe(sentBefore);
    await t.caller("agent").conversations.reply({
      conversationId: mention?.conversation_id ?? "",
      text: "Wir schauen uns das an – schreiben Sie uns gern eine DM.",
      visibility: "public",
      idempotencyKey: "x-public-reply-1",
    });
    await settle();
    expect(api.sent.at(-1)).toMatchObject({ kind: "post", inReplyTo: post.id });
    await api.deletePost(post.id);
    await settle();
    const [deleted] = await itemsWith(post.id);
    expect(deleted?.body_text).toBe("");
    expect(deleted?.metadata.removed).toMatchObject({ by: "author", purged: true });
  });

  it("keeps the refresh token X rotated: after a restart the new one works and the old one is refused", async () => {
    const before = await loadConnector(t.database.db, t.app.services.secretKey, connectorId);
    api.tokens.expireAccessTokens();
    const dm = api.customerDms(ANNA, "Noch eine Frage");
    await dm.delivered;
    await settle();
    const [item] = await itemsWith(dm.dm.id);
    await t.caller("agent").conversations.reply({
      conversationId: item?.conversation_id ?? "",
      text: "Gern, was möchten Sie wissen?",
      idempotencyKey: "x-after-expiry-1",
    });
    await settle();
    expect(api.sent.at(-1)).toMatchObject({ kind: "dm", text: "Gern, was möchten Sie wissen?" });
    // A restart: the secrets come from the database again.
    const after = await loadConnector(t.database.db, t.app.services.secretKey, connectorId);
    const refreshOf = (secrets: unknown) => JSON.stringify(secrets).match(/"refreshToken":"([^"]+)"/)?.[1];
    expect(refreshOf(after.context.secrets)).toBeDefined();
    expect(refreshOf(after.context.secrets)).not.toBe(refreshOf(before.context.secrets));
    const health = await t.caller("admin").connectors.testConnection({ connectorId });
    expect(health).toMatchObject({ ok: true });
    // X refuses the refresh token from before the rotation ...
    const spent = await fetch(`${api.url}/2/oauth2/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from("emma-client-id:emma-client-secret").toString("base64")}`,
      },
      body: new URLSearchParams({
        grant_type: "refresh_token",
        refresh_token: refreshOf(before.context.secrets) ?? "",
      }),
    });
    expect(spent.status).toBe(400);
    // ... yet an instance still holding it takes the stored tokens instead of asking for a reconnect.
    const stale = await before.connector.checkHealth?.(before.context);
    expect(stale).toMatchObject({ ok: true });
  });

  it("does not spend the refresh token of unsaved credentials tried from the form", async () => {
    const typed = api.issueTokens(new Date("2026-01-01T00:00:00Z"));
    const tried = await t.caller("admin").connectors.testConnection({
      connectorId,
      secrets: { oauth2: { clientId: "emma-client-id", clientSecret: "emma-client-secret", ...typed } },
    });
    expect(tried).toMatchObject({ ok: false, error: expect.stringMatching(/save them first/) as unknown });
    const stillFresh = await fetch(`${api.url}/2/oauth2/token`, {
      method: "POST",
      headers: {
        "content-type": "application/x-www-form-urlencoded",
        authorization: `Basic ${Buffer.from("emma-client-id:emma-client-secret").toString("base64")}`,
      },
      body: new URLSearchParams({ grant_type: "refresh_token", refresh_token: typed.refreshToken }),
    });
    expect(stillFresh.status).toBe(200);
  });
});
