import {
  createFacebookWebhookDriver,
  facebookEvents,
  signedWebhook,
  startFakeGraphApi,
  type FacebookWebhookDriver,
  type FakeGraphApi,
} from "@emma/connectors/simulators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { lookUpProfileNames } from "../connector-runtime/profile-names.ts";
import { lookUpThreadContexts } from "../connector-runtime/thread-contexts.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";

const PAGE_ID = "104000000000001";
const APP_ID = "880000000000001";
const SECRETS = {
  appSecret: "meta-app-secret-for-tests-0123456789",
  pageAccessToken: "EAAG-page-token-for-tests",
  verifyToken: "emma-verify-token-0123",
};
const PSID = "6700000000000001";

let t: TestApp;
let graph: FakeGraphApi;
let meta: FacebookWebhookDriver;
let connectorId: string;
let url: string;

beforeAll(async () => {
  // The fake Graph API serves Messenger's CDN files on this machine.
  t = await createTestApp({ fileFetchAllowed: ["127.0.0.1"] });
  ({ url } = await t.app.listen(0));
  graph = await startFakeGraphApi({
    pageId: PAGE_ID,
    appId: APP_ID,
    ...SECRETS,
    profiles: { [PSID]: { first_name: "Jana", last_name: "Roth" } },
    posts: { [`${PAGE_ID}_555000111`]: "Neue App-Version ist da! Mit Dark Mode und schnellerem Login." },
  });
  const created = await t.caller("admin").connectors.create({
    kind: "facebook-page",
    name: "Facebook Emma Bank",
    config: { pageId: PAGE_ID, appId: APP_ID, graphApiBase: graph.url, pageName: "Emma Bank" },
    secrets: SECRETS,
  });
  connectorId = created.id;
  const callbackUrl = `${url}/webhooks/${connectorId}`;
  graph.registerCallback({ url: callbackUrl });
  meta = createFacebookWebhookDriver({ callbackUrl, appSecret: SECRETS.appSecret, graph });
});
afterAll(async () => {
  await graph.close();
  await t.close();
});

const settle = async () => {
  await graph.idle();
  await t.app.services.inbound.idle();
  await t.app.services.outbox.drain();
  await graph.idle();
  await t.app.services.inbound.idle();
};
const itemsWith = (externalId: string) =>
  t.database.db
    .selectFrom("timeline_events")
    .select(["id", "direction", "body_text", "metadata", "conversation_id"])
    .where("connector_id", "=", connectorId)
    .where("external_id", "=", externalId)
    .execute();
const outboxOf = (id: string) =>
  t.database.db.selectFrom("outbox").selectAll().where("id", "=", id).executeTakeFirstOrThrow();

describe("a Facebook Page through Emma's webhook", () => {
  it("passes Meta's callback verification with the verify token only", async () => {
    expect(await meta.verify(SECRETS.verifyToken, "1158201444")).toMatchObject({
      status: 200,
      body: "1158201444",
    });
    expect((await meta.verify("guessed-token")).status).toBe(403);
  });

  it("stores a delivery Meta repeats three times at once once, and keeps its attachment before the CDN link expires", async () => {
    const payload = facebookEvents.pageWebhook(PAGE_ID, {
      messaging: [
        facebookEvents.attachmentMessage({
          pageId: PAGE_ID,
          psid: PSID,
          mid: "m_beleg",
          attachments: [
            {
              type: "image",
              url: graph.cdnFile({ name: "beleg.png", contentType: "image/png", body: Buffer.from("PNG") }),
            },
          ],
        }),
      ],
    });
    const { body, headers } = signedWebhook(SECRETS.appSecret, payload);
    const answers = await Promise.all(
      [1, 2, 3].map(() => fetch(`${url}/webhooks/${connectorId}`, { method: "POST", headers, body })),
    );
    expect(answers.map((a) => a.status).sort()).toEqual([200, 200, 202]);
    await settle();
    const items = await itemsWith("m_beleg");
    expect(items).toHaveLength(1);
    await t.app.services.fileFetches.drain();
    const download = await fetch(`${url}/attachments/${items[0]?.id ?? ""}/0`, {
      headers: { authorization: `Bearer ${t.users.agent.token}` },
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).toString()).toBe("PNG");
  });

  it("answers a Messenger chat inside the 24 hours; the echo is the same item and the read receipt marks it read", async () => {
    await meta.deliver(
      facebookEvents.pageWebhook(PAGE_ID, {
        messaging: [
          facebookEvents.textMessage({
            pageId: PAGE_ID,
            psid: PSID,
            mid: "m_karte",
            text: "Karte gesperrt?",
          }),
        ],
      }),
    );
    await settle();
    const [inbound] = await itemsWith("m_karte");
    expect(inbound?.body_text).toBe("Karte gesperrt?");
    const sent = await t.caller("agent").conversations.reply({
      conversationId: inbound?.conversation_id ?? "",
      text: "Ja, wir entsperren sie jetzt.",
      idempotencyKey: "fb-messenger-1",
    });
    await settle();
    const request = graph.requests.find((r) => r.path === "me/messages");
    expect(request?.body).toMatchObject({
      recipient: { id: PSID },
      messaging_type: "RESPONSE",
      message: { text: "Ja, wir entsperren sie jetzt." },
    });
    const outbox = await outboxOf(sent.outboxId);
    expect(outbox.status).toBe("sent");
    expect((await itemsWith(outbox.external_id ?? "")).map((row) => row.id)).toEqual([sent.eventId]);
    await meta.deliver(
      facebookEvents.pageWebhook(PAGE_ID, {
        messaging: [facebookEvents.read({ pageId: PAGE_ID, psid: PSID, watermark: Date.now() + 1000 })],
      }),
    );
    await settle();
    const [read] = await itemsWith(outbox.external_id ?? "");
    expect(read?.metadata.delivery).toBe("read");
  });

  it("answers a Page comment in public or privately, and the Page's comment comes back as our item", async () => {
    const postId = `${PAGE_ID}_555000111`;
    await meta.deliver(
      facebookEvents.pageWebhook(PAGE_ID, {
        changes: [
          facebookEvents.commentChange({
            postId,
            commentId: "555000111_901",
            from: { id: "7000000000000001", name: "Anna Berg" },
            message: "App down?",
          }),
        ],
      }),
    );
    await settle();
    const [comment] = await itemsWith("555000111_901");
    const conversationId = comment?.conversation_id ?? "";
    expect((await t.caller("agent").conversations.get({ conversationId })).conversation.publicThread).toBe(
      true,
    );
    const publicReply = await t.caller("agent").conversations.reply({
      conversationId,
      text: "Wir sind dran.",
      visibility: "public",
      idempotencyKey: "fb-comment-public-1",
    });
    await settle();
    const replied = await outboxOf(publicReply.outboxId);
    expect(replied.status).toBe("sent");
    expect(graph.requests.some((r) => r.path === "555000111_901/comments")).toBe(true);
    expect((await itemsWith(replied.external_id ?? "")).map((row) => row.id)).toEqual([publicReply.eventId]);
    const privateReply = await t.caller("agent").conversations.reply({
      conversationId,
      text: "Wir haben Ihnen eine Nachricht geschickt.",
      visibility: "private",
      idempotencyKey: "fb-comment-private-1",
    });
    await settle();
    expect((await outboxOf(privateReply.outboxId)).status).toBe("sent");
    expect(graph.requests.at(-1)?.body).toMatchObject({ recipient: { comment_id: "555000111_901" } });
    const thread = await t.caller("agent").conversations.get({ conversationId });
    expect(thread.replyRules.visibilities).toEqual(["public", "private"]);
    const badges = thread.items.flatMap((item) =>
      item.direction === "outbound" && item.kind === "message" ? [item.metadata.visibility] : [],
    );
    expect(badges).toEqual(["public", "private"]);
    const customers = await t.database.db.selectFrom("customers").select("display_name").execute();
    expect(customers.map((c) => c.display_name)).not.toContain("Unbekannt / Unknown");
  });

  it("names the Messenger customer and titles the comment thread with its post, looked up after ingest", async () => {
    const [chat] = await itemsWith("m_karte");
    const [comment] = await itemsWith("555000111_901");
    const customerOf = async (conversationId: string) =>
      (await t.caller("agent").conversations.get({ conversationId })).conversation;
    expect((await customerOf(chat?.conversation_id ?? "")).customerName).toBe(PSID);
    expect(
      await lookUpProfileNames(t.database.db, t.app.services.secretKey, t.app.services.log),
    ).toBeGreaterThan(0);
    expect((await customerOf(chat?.conversation_id ?? "")).customerName).toBe("Jana Roth");
    expect(await lookUpThreadContexts(t.database.db, t.app.services.secretKey, t.app.services.log)).toBe(1);
    const thread = await t
      .caller("agent")
      .conversations.get({ conversationId: comment?.conversation_id ?? "" });
    expect(thread.conversation.subject).toBe("Neue App-Version ist da! Mit Dark Mode und schnellerem Login.");
    const [titled] = await itemsWith("555000111_901");
    expect(titled?.metadata).toMatchObject({
      context: { postId: `${PAGE_ID}_555000111`, excerpt: expect.stringContaining("Dark Mode") as unknown },
    });
  });

  it("refuses before sending when the customer last wrote more than 24 hours ago, and says since when", async () => {
    const threeDaysAgo = Date.now() - 3 * 24 * 3600_000;
    await meta.deliver(
      facebookEvents.pageWebhook(PAGE_ID, {
        messaging: [
          facebookEvents.textMessage({
            pageId: PAGE_ID,
            psid: "6700000000000077",
            mid: "m_old",
            text: "Hallo?",
            timestamp: threeDaysAgo,
          }),
        ],
      }),
    );
    await settle();
    const [old] = await itemsWith("m_old");
    const conversationId = old?.conversation_id ?? "";
    const shown = await t.caller("agent").conversations.get({ conversationId });
    expect(shown.replyRules.options).toEqual([
      {
        visibility: "private",
        length: { count: "characters", limit: 2000 },
        window: {
          kind: "closed",
          rule: "messenger",
          since: new Date(threeDaysAgo + 24 * 3600_000).toISOString(),
          humanAgentEnabled: false,
        },
      },
    ]);
    const before = graph.requests.length;
    await expect(
      t.caller("agent").conversations.reply({
        conversationId,
        text: "Entschuldigung für die Wartezeit.",
        idempotencyKey: "fb-window-closed-1",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/24 hours.*closed on/) as unknown,
    });
    await settle();
    const queued = await t.database.db
      .selectFrom("outbox")
      .select("id")
      .where("conversation_id", "=", conversationId)
      .execute();
    expect(queued).toEqual([]);
    expect(graph.requests.length).toBe(before);
  });

  it("refuses a public answer in a Messenger chat, which has none", async () => {
    const [chat] = await itemsWith("m_karte");
    await expect(
      t.caller("agent").conversations.reply({
        conversationId: chat?.conversation_id ?? "",
        text: "Hallo",
        visibility: "public",
        idempotencyKey: "fb-public-in-chat-1",
      }),
    ).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringMatching(/no public reply/) as unknown,
    });
  });

  it("shows an expired Page token in the thread and in the connector's health until it is reconnected", async () => {
    await meta.deliver(
      facebookEvents.pageWebhook(PAGE_ID, {
        messaging: [
          facebookEvents.textMessage({ pageId: PAGE_ID, psid: PSID, mid: "m_token", text: "Noch da?" }),
        ],
      }),
    );
    await settle();
    const [item] = await itemsWith("m_token");
    graph.expireToken();
    const sent = await t.caller("agent").conversations.reply({
      conversationId: item?.conversation_id ?? "",
      text: "Ja!",
      idempotencyKey: "fb-expired-1",
    });
    await settle();
    const outbox = await outboxOf(sent.outboxId);
    expect(outbox.last_error).toMatch(/190|expired|abgelaufen/i);
    const thread = await t.caller("agent").conversations.get({ conversationId: item?.conversation_id ?? "" });
    expect(thread.connection?.reconnect?.reason).toMatch(/190|expired/i);
    const [listed] = (await t.caller("admin").connectors.list()).filter((c) => c.id === connectorId);
    expect(listed?.health.reconnect).not.toBeNull();
    await t.caller("admin").connectors.update({
      connectorId,
      secrets: { pageAccessToken: "EAAG-new-page-token-after-reconnect" },
    });
    const mended = await t.caller("agent").conversations.get({ conversationId: item?.conversation_id ?? "" });
    expect(mended.connection?.reconnect).toBeNull();
  });
});
