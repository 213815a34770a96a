import { createServer, type Server } from "node:http";
import type { InboundMessage } from "@emma/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { xConnector } from "../x-connector.ts";
import { dmThreadKey, postThreadKey } from "../x-thread-key.ts";
import { outbound } from "../test/outbound.ts";
import { ACCOUNT, ANNA, BEN, CONSUMER_SECRET, oauth2Context, xConfig } from "../test/x-fixtures.ts";
import { startFakeXApi, type FakeXApi } from "./fake-x-api.ts";

/** Emma's webhook route in miniature: the connector's handshake for GET, accept then parse for POST. */
async function startReceiver(): Promise<{
  url: string;
  items: InboundMessage[];
  close: () => Promise<void>;
}> {
  const items: InboundMessage[] = [];
  const context = { config: xConfig(), secrets: { consumerSecret: CONSUMER_SECRET } };
  const server: Server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const webhook = {
        method: request.method ?? "GET",
        url: `http://127.0.0.1${request.url ?? "/"}`,
        headers: Object.fromEntries(
          Object.entries(request.headers).map(([name, value]) => [
            name,
            Array.isArray(value) ? value.join(", ") : value,
          ]),
        ),
        rawBody: Buffer.concat(chunks),
      };
      if (webhook.method === "GET") {
        const answer = xConnector.handshake?.(webhook, context);
        response
          .writeHead(answer?.status ?? 405, { "content-type": answer?.contentType ?? "text/plain" })
          .end(answer?.body ?? "");
        return;
      }
      const accepted = xConnector.acceptWebhook?.(webhook, context);
      if (!accepted?.ok) {
        response.writeHead(accepted?.status ?? 500).end(accepted?.message ?? "");
        return;
      }
      const headers = { date: webhook.headers.date ?? "" };
      items.push(
        ...xConnector.parseStored(
          { contentType: accepted.contentType, body: webhook.rawBody, headers },
          context,
        ),
      );
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const address = server.address();
  if (address === null || typeof address === "string") throw new Error("no port");
  return {
    url: `http://127.0.0.1:${String(address.port)}/webhooks/x`,
    items,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

let api: FakeXApi;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeEach(async () => {
  api = await startFakeXApi({ account: ACCOUNT, consumerSecret: CONSUMER_SECRET });
  receiver = await startReceiver();
});
afterEach(async () => {
  await api.close();
  await receiver.close();
});

describe("the X simulator against the connector", () => {
  it("passes X's CRC with the right consumer secret only", async () => {
    const driver = api.registerWebhook(receiver.url);
    expect(await driver.crc()).toMatchObject({ valid: true, status: 200 });
    const other = await startFakeXApi({ account: ACCOUNT, consumerSecret: "another-apps-secret" });
    expect(await other.registerWebhook(receiver.url).crc()).toMatchObject({ valid: false });
    await other.close();
  });

  it("delivers a customer's DM, then our sent DM back under the id the send returned", async () => {
    api.registerWebhook(receiver.url);
    await api.customerDms(ANNA, "Hilfe bitte").delivered;
    const outcome = await xConnector.send?.(
      outbound(ANNA, dmThreadKey(`${ACCOUNT.id}-${ANNA.id}`), "Gern!"),
      oauth2Context(api),
    );
    await api.settled();
    expect(api.deliveryErrors).toEqual([]);
    expect(receiver.items.map((item) => [item.direction, item.text, item.threadKey])).toEqual([
      ["inbound", "Hilfe bitte", `dm:${ACCOUNT.id}-${ANNA.id}`],
      ["outbound", "Gern!", `dm:${ACCOUNT.id}-${ANNA.id}`],
    ]);
    expect(outcome?.ok && outcome.externalId).toBe(receiver.items[1]?.externalId);
  });

  it("delivers a mention, our public reply in its thread, and the mention's deletion", async () => {
    api.registerWebhook(receiver.url);
    const { post, delivered } = api.customerPosts(BEN, "@emma_bank Karte weg");
    await delivered;
    await xConnector.send?.(
      outbound(BEN, postThreadKey(post.conversation_id), "Wir sperren sie", { inReplyTo: post.id }),
      oauth2Context(api),
    );
    await api.settled();
    await api.deletePost(post.id);
    expect(
      receiver.items.map((item) => [item.direction, item.threadKey, item.change?.type ?? "new"]),
    ).toEqual([
      ["inbound", `post:${post.id}`, "new"],
      ["outbound", `post:${post.id}`, "new"],
      ["inbound", `post:${post.id}`, "delete"],
    ]);
  });
});
