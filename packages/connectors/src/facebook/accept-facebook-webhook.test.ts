import { describe, expect, it } from "vitest";
import type { WebhookRequest } from "../connector.ts";
import { facebookConnector } from "./facebook-connector.ts";
import { signedWebhook } from "./simulator/webhook-driver.ts";
import { pageWebhook, textMessage } from "./simulator/webhook-events.ts";
import { PAGE_ID, PSID, SECRETS, testConfig } from "./test-setup.ts";

const context = { config: testConfig(), secrets: SECRETS };

function post(body: string, headers: Record<string, string>): WebhookRequest {
  return { method: "POST", url: "https://emma.example/webhooks/fb", headers, rawBody: Buffer.from(body) };
}

function get(query: string): WebhookRequest {
  return {
    method: "GET",
    url: `https://emma.example/webhooks/fb?${query}`,
    headers: {},
    rawBody: Buffer.alloc(0),
  };
}

describe("Meta's callback verification", () => {
  const handshake = (request: WebhookRequest, ctx: typeof context) =>
    facebookConnector.handshake?.(request, ctx);

  it("answers the bare challenge when the verify token is ours", () => {
    const answer = handshake(
      get(`hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=${SECRETS.verifyToken}`),
      context,
    );
    expect(answer).toEqual({ status: 200, contentType: "text/plain", body: "1158201444" });
  });

  it("answers 403 to another token, another mode or no challenge", () => {
    for (const query of [
      "hub.mode=subscribe&hub.challenge=1&hub.verify_token=guess",
      `hub.mode=unsubscribe&hub.challenge=1&hub.verify_token=${SECRETS.verifyToken}`,
      `hub.mode=subscribe&hub.verify_token=${SECRETS.verifyToken}`,
      "",
    ]) {
      expect(handshake(get(query), context)?.status, query).toBe(403);
    }
  });
});

describe("accepting a Page webhook", () => {
  const accept = (request: WebhookRequest, ctx: typeof context) =>
    facebookConnector.acceptWebhook?.(request, ctx);
  const payload = pageWebhook(PAGE_ID, {
    messaging: [textMessage({ pageId: PAGE_ID, psid: PSID, text: "Grüße / hello" })],
  });

  it("accepts a body signed with the app secret, keyed by the body's SHA-256", () => {
    const { body, headers } = signedWebhook(SECRETS.appSecret, payload);
    const first = accept(post(body, headers), context);
    expect(first).toMatchObject({ ok: true, contentType: "application/json" });
    // A redelivery of the same bytes has the same key, another body another.
    expect(accept(post(body, headers), context)).toEqual(first);
    const other = signedWebhook(SECRETS.appSecret, pageWebhook(PAGE_ID, { messaging: [] }));
    expect(accept(post(other.body, other.headers), context)).not.toEqual(first);
  });

  it("refuses a wrong or missing signature with 401 and says what to check", () => {
    const { body, headers } = signedWebhook("another-apps-secret-123", payload);
    expect(accept(post(body, headers), context)).toMatchObject({
      ok: false,
      status: 401,
      code: "signature_mismatch",
    });
    expect(accept(post(body, { "content-type": "application/json" }), context)).toMatchObject({
      ok: false,
      status: 401,
      code: "missing_signature",
    });
  });

  it("refuses a signed body that is no Page webhook", () => {
    const broken = signedWebhook(SECRETS.appSecret, { entry: "nope" });
    expect(accept(post(broken.body, broken.headers), context)).toMatchObject({
      ok: false,
      status: 400,
      code: "malformed",
    });
    const instagram = signedWebhook(SECRETS.appSecret, { object: "instagram", entry: [] });
    expect(accept(post(instagram.body, instagram.headers), context)).toMatchObject({
      ok: false,
      status: 422,
    });
  });

  it("keeps the signature header with the stored event", () => {
    expect(facebookConnector.keptHeaders).toEqual(["x-hub-signature-256"]);
  });
});
