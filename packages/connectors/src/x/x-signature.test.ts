import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sharedFixture } from "../test-support/shared-fixtures.ts";
import { acceptXWebhook } from "./accept-x-webhook.ts";
import { signedXDelivery } from "./simulator/x-webhook-driver.ts";
import { dmEvent } from "./simulator/xaa-builders.ts";
import { ACCOUNT, ANNA, CONSUMER_SECRET, xConfig } from "./test/x-fixtures.ts";
import { answerXCrc } from "./x-handshake.ts";
import { xSignature, X_SIGNATURE_HEADER } from "./x-signature.ts";

const vectorSchema = z.object({
  twitter: z.array(z.object({ consumerSecret: z.string(), crcToken: z.string(), responseToken: z.string() })),
});
const context = { config: xConfig(), secrets: { consumerSecret: CONSUMER_SECRET } };
const fixtures = sharedFixture("signatures.json");

function post(body: string, headers: Record<string, string>) {
  return acceptXWebhook(
    { method: "POST", url: "https://emma.bank.example/webhooks/x1", headers, rawBody: Buffer.from(body) },
    context,
  );
}

describe("X's CRC and delivery signatures", () => {
  it.runIf(fixtures)("answers the published CRC vector", () => {
    const vectors = vectorSchema.parse(JSON.parse(readFileSync(fixtures ?? "", "utf8"))).twitter;
    expect(vectors.length).toBeGreaterThan(0);
    for (const vector of vectors) {
      expect(xSignature(vector.consumerSecret, vector.crcToken)).toBe(vector.responseToken);
      const answer = answerXCrc(
        {
          method: "GET",
          url: `https://emma.bank.example/webhooks/x1?crc_token=${encodeURIComponent(vector.crcToken)}`,
          headers: {},
          rawBody: Buffer.alloc(0),
        },
        { config: xConfig(), secrets: { consumerSecret: vector.consumerSecret } },
      );
      expect(answer).toEqual({
        status: 200,
        contentType: "application/json",
        body: JSON.stringify({ response_token: vector.responseToken }),
      });
    }
  });

  it("refuses a check without crc_token", () => {
    const answer = answerXCrc(
      { method: "GET", url: "https://emma.bank.example/webhooks/x1", headers: {}, rawBody: Buffer.alloc(0) },
      context,
    );
    expect(answer.status).toBe(400);
  });

  it("accepts a delivery signed with the consumer secret, keyed by its event_uuid", () => {
    const event = dmEvent(
      "dm.received",
      ACCOUNT,
      {
        id: "2080765901528535096",
        senderId: ANNA.id,
        recipientId: ACCOUNT.id,
        text: "hallo",
        createdAt: new Date(),
      },
      [ANNA],
    );
    const { body, headers } = signedXDelivery(CONSUMER_SECRET, event);
    expect(post(body, headers)).toEqual({
      ok: true,
      dedupeKey: `xaa:${event.data.event_uuid}`,
      contentType: "application/json",
    });
  });

  it("refuses a delivery whose signature does not match, or that has none", () => {
    const event = dmEvent(
      "dm.received",
      ACCOUNT,
      {
        id: "2080765901528535096",
        senderId: ANNA.id,
        recipientId: ACCOUNT.id,
        text: "hallo",
        createdAt: new Date(),
      },
      [ANNA],
    );
    const { body, headers } = signedXDelivery("another-apps-secret", event);
    expect(post(body, headers)).toMatchObject({ ok: false, status: 401, code: "bad_signature" });
    const tampered = signedXDelivery(CONSUMER_SECRET, event);
    expect(post(tampered.body.replace("hallo", "HALLO"), tampered.headers)).toMatchObject({
      ok: false,
      code: "bad_signature",
    });
    const { [X_SIGNATURE_HEADER]: _signature, ...unsigned } = tampered.headers;
    expect(post(tampered.body, unsigned)).toMatchObject({
      ok: false,
      status: 401,
      code: "missing_signature",
    });
  });

  it("refuses a signed body that is no X Activity event, saying what is wrong", () => {
    const { body, headers } = signedXDelivery(CONSUMER_SECRET, {
      data: { event_type: "dm.received", payload: {} },
    });
    expect(post(body, headers)).toMatchObject({ ok: false, status: 400, code: "malformed" });
  });

  it("refuses another account's events", () => {
    const other = { ...ACCOUNT, id: "3333333333333333333" };
    const event = dmEvent(
      "dm.received",
      other,
      {
        id: "2080765901528535096",
        senderId: ANNA.id,
        recipientId: other.id,
        text: "hi",
        createdAt: new Date(),
      },
      [ANNA],
    );
    const { body, headers } = signedXDelivery(CONSUMER_SECRET, event);
    expect(post(body, headers)).toMatchObject({ ok: false, status: 403, code: "wrong_account" });
  });
});
