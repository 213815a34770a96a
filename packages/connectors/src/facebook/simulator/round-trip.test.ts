import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import type { InboundMessage } from "@emma/core";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import type { SendOutcome, WebhookRequest } from "../../connector.ts";
import { providerContext } from "../../test-support/provider-context.ts";
import { facebookConnector } from "../facebook-connector.ts";
import { APP_ID, outbound, PAGE_ID, PSID, SECRETS, testConfig } from "../test-setup.ts";
import { startFakeGraphApi, type FakeGraphApi } from "./fake-graph-api.ts";
import { createFacebookWebhookDriver, FacebookDeliveryError } from "./webhook-driver.ts";
import { attachmentMessage, commentChange, newMid, pageWebhook, textMessage } from "./webhook-events.ts";

const received: InboundMessage[] = [];
let receiver: Server;
let callbackUrl = "";
let graph: FakeGraphApi;

// A stand-in for Emma's webhook route: handshake on GET; on POST verify, store, then parse.
beforeAll(async () => {
  graph = await startFakeGraphApi({
    pageId: PAGE_ID,
    appId: APP_ID,
    appSecret: SECRETS.appSecret,
    pageAccessToken: SECRETS.pageAccessToken,
  });
  receiver = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (chunk: Buffer) => chunks.push(chunk));
    req.on("end", () => {
      const request: WebhookRequest = {
        method: req.method ?? "POST",
        url: req.url ?? "/",
        headers: Object.fromEntries(
          Object.entries(req.headers).map(([k, v]) => [k, Array.isArray(v) ? v[0] : v]),
        ),
        rawBody: Buffer.concat(chunks),
      };
      const context = { config: testConfig({ graphApiBase: graph.url }), secrets: SECRETS };
      if (request.method === "GET") {
        const answer = facebookConnector.handshake?.(request, context);
        res.writeHead(answer?.status ?? 405, { "content-type": "text/plain" }).end(answer?.body ?? "");
        return;
      }
      const verdict = facebookConnector.acceptWebhook?.(request, context);
      if (!verdict?.ok) {
        res.writeHead(verdict?.status ?? 500).end(verdict?.message ?? "no verdict");
        return;
      }
      received.push(
        ...facebookConnector.parseStored(
          { contentType: verdict.contentType, body: request.rawBody, headers: {} },
          context,
        ),
      );
      res.writeHead(200).end("EVENT_RECEIVED");
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  callbackUrl = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}/webhooks/fb`;
  graph.registerCallback({ url: callbackUrl });
});
afterAll(async () => {
  await graph.close();
  await new Promise<void>((resolve) => receiver.close(() => resolve()));
});
beforeEach(() => {
  received.length = 0;
});

const driver = () => createFacebookWebhookDriver({ callbackUrl, appSecret: SECRETS.appSecret, graph });

async function reply(message: Parameters<typeof outbound>[0]): Promise<SendOutcome> {
  const context = providerContext({ config: testConfig({ graphApiBase: graph.url }), secrets: SECRETS });
  const outcome = await facebookConnector.send?.(outbound(message), context);
  if (outcome === undefined) throw new Error("the Facebook connector sends");
  await graph.idle();
  return outcome;
}

describe("the simulator with the connector", () => {
  it("passes Meta's callback verification with the right token only", async () => {
    const ok = await driver().verify(SECRETS.verifyToken, "4711");
    expect(ok).toMatchObject({ status: 200, body: "4711" });
    expect((await driver().verify("not-the-token")).status).toBe(403);
  });

  it("a customer's message arrives, and the reply's echo is the same item as the sent reply", async () => {
    await driver().deliver(
      pageWebhook(PAGE_ID, {
        messaging: [
          textMessage({ pageId: PAGE_ID, psid: PSID, mid: "m_in", text: "Hallo, ist Überweisung möglich?" }),
        ],
      }),
    );
    const [inbound] = received.splice(0);
    expect(inbound).toMatchObject({
      externalId: "m_in",
      direction: "inbound",
      text: "Hallo, ist Überweisung möglich?",
    });

    const outcome = await reply({ lastInboundAt: inbound?.occurredAt, text: "Ja, natürlich." });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(graph.deliveries).toContainEqual({ status: 200, body: "EVENT_RECEIVED" });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({
      externalId: outcome.externalId,
      direction: "outbound",
      text: "Ja, natürlich.",
      threadKey: `messenger:${PSID}`,
      metadata: { sentBy: "emma" },
    });
  });

  it("a public reply to a comment comes back as the Page's own comment with the same id", async () => {
    const commentId = "555000111_901";
    await driver().deliver(
      pageWebhook(PAGE_ID, {
        changes: [
          commentChange({
            postId: `${PAGE_ID}_555000111`,
            commentId,
            from: { id: "7000000000000001", name: "Anna Berg" },
            message: "App down?",
          }),
        ],
      }),
    );
    received.length = 0;
    const outcome = await reply({
      threadKey: `comment:${commentId}`,
      inReplyTo: commentId,
      visibility: "public",
      text: "We are on it.",
    });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(received).toEqual([
      expect.objectContaining({
        externalId: outcome.externalId,
        direction: "outbound",
        threadKey: `comment:${commentId}`,
        text: "We are on it.",
      }),
    ]);
  });

  it("a private reply's echo reaches the commenter's Messenger thread under the id the send returned", async () => {
    const commentId = "555000111_777";
    await driver().deliver(
      pageWebhook(PAGE_ID, {
        changes: [
          commentChange({
            postId: `${PAGE_ID}_555000111`,
            commentId,
            from: { id: "7000000000000009" },
            message: "DM me",
          }),
        ],
      }),
    );
    received.length = 0;
    const outcome = await reply({
      threadKey: `comment:${commentId}`,
      inReplyTo: commentId,
      visibility: "private",
      text: "Sent you a message.",
    });
    if (!outcome.ok) throw new Error(outcome.error);
    expect(received).toEqual([
      expect.objectContaining({
        externalId: outcome.externalId,
        threadKey: "messenger:7000000000000009",
        direction: "outbound",
      }),
    ]);
  });

  it("Meta enforces its window too: a reply to someone who last wrote days ago is refused by the fake", async () => {
    const twoDaysAgo = Date.now() - 2 * 24 * 60 * 60 * 1000;
    await driver().deliver(
      pageWebhook(PAGE_ID, {
        messaging: [
          textMessage({ pageId: PAGE_ID, psid: "6700000000000077", timestamp: twoDaysAgo, text: "hi" }),
        ],
      }),
    );
    // Emma believing the customer wrote just now: only Meta's own check stands in the way.
    const outcome = await reply({ threadKey: "messenger:6700000000000077", lastInboundAt: new Date() });
    expect(outcome).toMatchObject({ ok: false, permanent: true });
    expect(outcome.ok ? "" : outcome.error).toMatch(/2018278/);
  });

  it("serves attachments from an expiring CDN URL, as Messenger does", async () => {
    const url = graph.cdnFile({ name: "beleg.png", contentType: "image/png", body: Buffer.from("PNGDATA") });
    const gone = graph.cdnFile({
      name: "alt.png",
      contentType: "image/png",
      body: Buffer.from("OLD"),
      validForMs: -1000,
    });
    await driver().deliver(
      pageWebhook(PAGE_ID, {
        messaging: [
          attachmentMessage({
            pageId: PAGE_ID,
            psid: PSID,
            mid: newMid(),
            attachments: [{ type: "image", url }],
          }),
        ],
      }),
    );
    expect(received[0]?.attachments).toEqual([
      { filename: "beleg.png", contentType: "image/png", size: 0, url },
    ]);
    const fresh = await fetch(url);
    expect([fresh.status, fresh.headers.get("content-type"), await fresh.text()]).toEqual([
      200,
      "image/png",
      "PNGDATA",
    ]);
    const expired = await fetch(gone);
    expect([expired.status, await expired.text()]).toEqual([403, "URL signature expired"]);
  });

  it("stops with FacebookDeliveryError when Emma refuses a delivery", async () => {
    const wrongSecret = createFacebookWebhookDriver({ callbackUrl, appSecret: "not-the-app-secret-0000" });
    await expect(wrongSecret.deliver(pageWebhook(PAGE_ID, { messaging: [] }))).rejects.toBeInstanceOf(
      FacebookDeliveryError,
    );
  });
});
