import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { verifyBodySignature } from "@emma/connectors";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { sealSecrets } from "../crypto/secret-box.ts";
import { memoryLogger } from "../test/test-app.ts";
import { OutboxWorker } from "./outbox-worker.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { ingestMessages, message } from "../test/test-ingest.ts";

const signingSecret = "outbound-signing-secret-0123";
let t: TestApp;
let receiver: Server;
let receiverUrl: string;
let answer: { status: number; body: string; headers?: Record<string, string> } = { status: 200, body: "" };
const received: { body: string; signed: boolean; eventId: string | undefined }[] = [];

beforeAll(async () => {
  t = await createTestApp();
  receiver = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on("data", (chunk: Buffer) => chunks.push(chunk));
    request.on("end", () => {
      const body = Buffer.concat(chunks);
      received.push({
        body: body.toString("utf8"),
        signed: verifyBodySignature(
          signingSecret,
          body,
          request.headers["x-emma-signature"] as string | undefined,
        ),
        eventId: request.headers["x-emma-event-id"] as string | undefined,
      });
      response
        .writeHead(answer.status, { "content-type": "application/json", ...answer.headers })
        .end(answer.body);
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, "127.0.0.1", resolve));
  receiverUrl = `http://127.0.0.1:${String((receiver.address() as AddressInfo).port)}/replies`;
});
afterAll(async () => {
  await t.close();
  await new Promise((resolve) => receiver.close(resolve));
});
afterEach(() => {
  received.length = 0;
  answer = { status: 200, body: "" };
});

async function conversationWith(config: Record<string, unknown>) {
  const row = await t.database.db
    .insertInto("connectors")
    .values({
      kind: "emma-inbound",
      name: "CRM bridge",
      config: JSON.stringify(config),
      secrets: sealSecrets(t.app.services.secretKey, { signingSecret }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const m = message("facebook");
  await ingestMessages(t.database.db, row.id, [m]);
  const conversation = await t.database.db
    .selectFrom("conversations")
    .select("id")
    .where("connector_id", "=", row.id)
    .executeTakeFirstOrThrow();
  return conversation.id;
}

async function reply(conversationId: string, text: string) {
  const sent = await t
    .caller("agent")
    .conversations.reply({ conversationId, text, idempotencyKey: `k-${text}` });
  await t.app.services.outbox.drain();
  return t.database.db
    .selectFrom("outbox")
    .selectAll()
    .where("id", "=", sent.outboxId)
    .executeTakeFirstOrThrow();
}

describe("the outbox worker", () => {
  it("hands a reply to its connector once and records the provider's id", async () => {
    answer = { status: 200, body: JSON.stringify({ externalId: "m_123" }) };
    const conversationId = await conversationWith({ outboundUrl: receiverUrl });
    const row = await reply(conversationId, "Ihre Karte ist unterwegs.");
    expect(row).toMatchObject({ status: "sent", external_id: "m_123", attempts: 1, last_error: null });
    expect(received).toHaveLength(1);
    expect(received[0]?.signed).toBe(true);
    expect(received[0]?.eventId).toBe(row.id);
    expect(JSON.parse(received[0]?.body ?? "{}")).toMatchObject({
      text: "Ihre Karte ist unterwegs.",
      conversationId,
    });
    const item = await t.database.db
      .selectFrom("timeline_events")
      .select(["external_id", "metadata"])
      .where("id", "=", row.timeline_event_id)
      .executeTakeFirstOrThrow();
    expect(item.external_id).toBe("m_123");
    expect(item.metadata.delivery).toBe("sent");
  });

  it("tries a temporary failure again later, keeping the provider's words", async () => {
    answer = { status: 503, body: "rate limited, come back later" };
    const conversationId = await conversationWith({ outboundUrl: receiverUrl });
    const row = await reply(conversationId, "Zweiter Versuch");
    expect(row.status).toBe("queued");
    expect(row.last_error).toBe("The integration answered 503: rate limited, come back later");
    expect(row.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 10_000);
  });

  it("comes back when the receiver's rate limit says, not sooner", async () => {
    answer = { status: 429, body: "slow down", headers: { "retry-after": "900" } };
    const conversationId = await conversationWith({ outboundUrl: receiverUrl });
    const before = Date.now();
    const row = await reply(conversationId, "Später");
    expect(row.status).toBe("queued");
    expect(row.next_attempt_at.getTime()).toBeGreaterThanOrEqual(before + 900_000);
    expect(row.next_attempt_at.getTime()).toBeLessThan(Date.now() + 901_000);
  });

  it("fails a refusal for good and lets an agent send it again", async () => {
    answer = { status: 422, body: "recipient has blocked the page" };
    const conversationId = await conversationWith({ outboundUrl: receiverUrl });
    const failed = await reply(conversationId, "Geblockt");
    expect(failed.status).toBe("failed");
    expect(failed.last_error).toContain("recipient has blocked the page");
    await expect(
      t.caller("agent").conversations.retryDelivery({ outboxId: failed.id }),
    ).resolves.toMatchObject({ status: "queued" });
    answer = { status: 200, body: "" };
    await t.app.services.outbox.drain();
    const row = await t.database.db
      .selectFrom("outbox")
      .selectAll()
      .where("id", "=", failed.id)
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({ status: "sent", external_id: failed.id });
    await expect(
      t.caller("agent").conversations.retryDelivery({ outboxId: failed.id }),
    ).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });

  it("never reports sent when the integration cannot be reached", async () => {
    const conversationId = await conversationWith({ outboundUrl: "http://127.0.0.1:1/replies" });
    const row = await reply(conversationId, "Niemand da");
    expect(row.status).toBe("queued");
    expect(row.last_error).toMatch(/could not be reached/);
  });

  it("says plainly when a connector has nowhere to send replies", async () => {
    const conversationId = await conversationWith({});
    const row = await reply(conversationId, "Wohin?");
    expect(row.status).toBe("failed");
    expect(row.last_error).toMatch(/no outbound URL/);
  });

  it("sends each reply once when two API instances work the same outbox", async () => {
    const conversationId = await conversationWith({ outboundUrl: receiverUrl });
    const ids: string[] = [];
    for (let i = 0; i < 8; i++) {
      const sent = await t.caller("agent").conversations.reply({
        conversationId,
        text: `Antwort ${String(i)}`,
        idempotencyKey: `pair-key-${String(i)}`,
      });
      ids.push(sent.outboxId);
    }
    const second = new OutboxWorker(t.database.db, memoryLogger(), t.app.services.secretKey, {
      batchSize: 2,
      sendTimeoutMs: 10_000,
      now: () => new Date(),
    });
    await Promise.all([t.app.services.outbox.drain(), second.drain()]);
    expect(received.map((r) => r.eventId).sort()).toEqual([...ids].sort());
  });
});
