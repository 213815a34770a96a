import type { RealtimeEvent } from "@emma/core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { hashPassword } from "../auth/password.ts";
import { sealSecrets } from "../crypto/secret-box.ts";
import { httpClient } from "../test/http-client.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { message } from "../test/test-ingest.ts";
import { EVENT_ID_HEADER, SIGNATURE_HEADER, emmaInboundConnector, signBody } from "@emma/connectors";

let t: TestApp;
let url: string;
let connectorId: string;
const signingSecret = "a-signing-secret-of-some-length";

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  await t.database.db
    .insertInto("users")
    .values({
      email: "http@emma.example",
      display_name: "Hanna Http",
      role: "agent",
      password_hash: await hashPassword("http-password"),
    })
    .execute();
  const connector = await t.database.db
    .insertInto("connectors")
    .values({
      kind: emmaInboundConnector.kind,
      name: "Integration",
      secrets: sealSecrets(t.app.services.secretKey, { signingSecret }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  connectorId = connector.id;
});
afterAll(() => t.close());

function postWebhook(body: string, headers: Record<string, string> = {}, id = connectorId) {
  return fetch(`${url}/webhooks/${id}`, {
    method: "POST",
    headers: {
      "content-type": "application/json",
      [SIGNATURE_HEADER]: signBody(signingSecret, body),
      ...headers,
    },
    body,
  });
}

describe("HTTP API", () => {
  it("answers /health with the database kind", async () => {
    const response = await fetch(`${url}/health`);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("signs in over HTTP and streams a webhook's message to the console", async () => {
    const session: { token?: string } = {};
    const client = httpClient(url, () => session.token);
    session.token = (
      await client.auth.login.mutate({ email: "http@emma.example", password: "http-password" })
    ).token;
    expect((await client.auth.me.query()).displayName).toBe("Hanna Http");

    const received: RealtimeEvent[] = [];
    const subscription = client.events.stream.subscribe(
      { lastEventId: null },
      { onData: (event) => received.push(event.data) },
    );
    await new Promise((resolve) => setTimeout(resolve, 300));
    const response = await postWebhook(JSON.stringify([message("email")]));
    expect(response.status).toBe(202);
    const deadline = Date.now() + 2000;
    while (!received.some((event) => event.topic === "timeline.created") && Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    subscription.unsubscribe();
    expect(received.map((event) => event.topic)).toContain("timeline.created");
  });

  it("answers a batch call in one piece with its length, not as a chunked stream", async () => {
    const input = encodeURIComponent(JSON.stringify({ 0: {} }));
    const response = await fetch(`${url}/trpc/auth.me?batch=1&input=${input}`, {
      headers: { authorization: `Bearer ${t.users.agent.token}` },
    });
    const body = await response.text();
    expect(response.status).toBe(200);
    expect(response.headers.get("transfer-encoding")).toBeNull();
    expect(response.headers.get("content-length")).toBe(String(Buffer.byteLength(body)));
    expect(JSON.parse(body)).toMatchObject([{ result: { data: { role: "agent" } } }]);
  });

  it("refuses a request without a session with 401", async () => {
    const response = await fetch(`${url}/trpc/auth.me`);
    expect(response.status).toBe(401);
  });

  it("stores a redelivered webhook once and says it was a duplicate", async () => {
    const body = JSON.stringify([message("email")]);
    const first = await postWebhook(body, { [EVENT_ID_HEADER]: "evt-42" });
    const second = await postWebhook(body, { [EVENT_ID_HEADER]: "evt-42" });
    expect(first.status).toBe(202);
    expect(second.status).toBe(200);
    expect(await second.json()).toMatchObject({ duplicate: true });
  });

  it("rejects a wrong signature, a malformed body and an unknown connector with clear errors, storing nothing", async () => {
    const before = await t.database.db.selectFrom("inbound_events").select("id").execute();
    const body = JSON.stringify([message("email")]);
    const forged = await fetch(`${url}/webhooks/${connectorId}`, {
      method: "POST",
      headers: { "content-type": "application/json", [SIGNATURE_HEADER]: "sha256=00" },
      body,
    });
    expect(forged.status).toBe(401);
    expect(await forged.json()).toMatchObject({ error: { code: "bad_signature" } });
    const malformed = await postWebhook(JSON.stringify([{ channel: "fax" }]));
    expect(malformed.status).toBe(400);
    const refusal = JSON.stringify(await malformed.json());
    expect(refusal).toContain('"code":"malformed"');
    expect(refusal).toContain("channel");
    const unknown = await postWebhook(body, {}, "00000000-0000-4000-8000-000000000000");
    expect(unknown.status).toBe(404);
    const after = await t.database.db.selectFrom("inbound_events").select("id").execute();
    expect(after).toHaveLength(before.length);
  });

  it("refuses a disabled connector with 409 so the sender retries later", async () => {
    await t.database.db
      .updateTable("connectors")
      .set({ enabled: false })
      .where("id", "=", connectorId)
      .execute();
    const response = await postWebhook(JSON.stringify([message("email")]));
    await t.database.db
      .updateTable("connectors")
      .set({ enabled: true })
      .where("id", "=", connectorId)
      .execute();
    expect(response.status).toBe(409);
  });
});
