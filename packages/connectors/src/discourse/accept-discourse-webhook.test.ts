import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { sharedFixture } from "../test-support/shared-fixtures.ts";
import { acceptDiscourseWebhook } from "./accept-discourse-webhook.ts";
import { postDedupeKey } from "./discourse-dedupe-key.ts";
import { discourseSignature } from "./discourse-signature.ts";
import {
  API_KEY,
  forumConfig,
  postPayload,
  signedDelivery,
  topicPayload,
  WEBHOOK_SECRET,
} from "./test/discourse-fixtures.ts";

const vectorSchema = z.object({
  discourse: z.array(z.object({ secret: z.string(), body: z.string(), signature: z.string() })),
});
const fixtures = sharedFixture("signatures.json");
const context = { config: forumConfig(), secrets: { apiKey: API_KEY, webhookSecret: WEBHOOK_SECRET } };

function post(body: string, headers: Record<string, string>) {
  return acceptDiscourseWebhook(
    { method: "POST", url: "https://emma.bank.example/webhooks/d1", headers, rawBody: Buffer.from(body) },
    context,
  );
}

describe("Discourse webhook deliveries", () => {
  it.runIf(fixtures)("signs like Discourse: the published vector", () => {
    const vectors = vectorSchema.parse(JSON.parse(readFileSync(fixtures ?? "", "utf8"))).discourse;
    expect(vectors.length).toBeGreaterThan(0);
    for (const vector of vectors) {
      expect(discourseSignature(vector.secret, vector.body)).toBe(vector.signature);
      const accepted = acceptDiscourseWebhook(
        {
          method: "POST",
          url: "https://emma.bank.example/webhooks/d1",
          headers: {
            "x-discourse-event-type": "ping",
            "x-discourse-event": "ping",
            "x-discourse-event-id": "9",
            "x-discourse-event-signature": vector.signature,
          },
          rawBody: Buffer.from(vector.body),
        },
        { config: forumConfig(), secrets: { apiKey: API_KEY, webhookSecret: vector.secret } },
      );
      expect(accepted).toEqual({ ok: true, dedupeKey: "ping:9", contentType: "application/json" });
    }
  });

  it("refuses an unsigned delivery, a wrong signature and a tampered body with 401", () => {
    const { body, headers } = signedDelivery("post", "post_created", postPayload());
    const { "x-discourse-event-signature": _signature, ...unsigned } = headers;
    expect(post(body, unsigned)).toMatchObject({ ok: false, status: 401, code: "missing_signature" });
    const other = signedDelivery("post", "post_created", postPayload(), "1001", "another-forum-secret");
    expect(post(other.body, other.headers)).toMatchObject({ ok: false, status: 401, code: "bad_signature" });
    expect(post(body.replace("abgelehnt", "angenommen"), headers)).toMatchObject({
      ok: false,
      code: "bad_signature",
    });
  });

  it("refuses a signed delivery without its event headers with 400, naming the header", () => {
    const { body, headers } = signedDelivery("post", "post_created", postPayload());
    const { "x-discourse-event": _event, ...noEvent } = headers;
    const refused = post(body, noEvent);
    expect(refused).toMatchObject({ ok: false, status: 400, code: "missing_event" });
    expect(refused.ok ? "" : refused.message).toContain("x-discourse-event");
    const { "x-discourse-event-type": _type, ...noType } = headers;
    expect(post(body, noType)).toMatchObject({ ok: false, status: 400, code: "missing_event" });
  });

  it("refuses a signed body that is not a post with 400", () => {
    const { body, headers } = signedDelivery("post", "post_created", { id: "nope" });
    expect(post(body, headers)).toMatchObject({ ok: false, status: 400, code: "malformed" });
  });

  it("keys a retry (a new event id) like the first try, and an edit apart from the post", () => {
    const first = signedDelivery("post", "post_created", postPayload(), "1001");
    const retry = signedDelivery("post", "post_created", postPayload(), "1077");
    const edited = signedDelivery(
      "post",
      "post_edited",
      postPayload({ version: 2, updated_at: "2026-11-02T09:30:00.000Z" }),
      "1002",
    );
    const keyOf = (delivery: { body: string; headers: Record<string, string> }) => {
      const accepted = post(delivery.body, delivery.headers);
      return accepted.ok ? accepted.dedupeKey : accepted.code;
    };
    expect(keyOf(first)).toBe("post:501:v1:post_created");
    expect(keyOf(retry)).toBe(keyOf(first));
    expect(keyOf(edited)).toBe("post:501:v2:post_edited");
    // The catch-up names a polled post by the same rule: stored once, whichever came first.
    expect(postDedupeKey(postPayload())).toBe(keyOf(first));
    expect(postDedupeKey(postPayload({ version: 2, updated_at: "2026-11-02T09:30:00.000Z" }))).toBe(
      keyOf(edited),
    );
  });

  it("keys removals by their time and topic events by the state they report", () => {
    const deleted = postPayload({ deleted_at: "2026-11-03T08:00:00.000Z" });
    const destroyed = signedDelivery("post", "post_destroyed", deleted, "2001");
    const accepted = post(destroyed.body, destroyed.headers);
    expect(accepted).toMatchObject({
      ok: true,
      dedupeKey: "post:501:v1:post_destroyed:2026-11-03T08:00:00.000Z",
    });

    const renamed = (eventId: string, title: string) => {
      const delivery = signedDelivery("topic", "topic_edited", topicPayload({ title }), eventId);
      const result = post(delivery.body, delivery.headers);
      return result.ok ? result.dedupeKey : result.code;
    };
    expect(renamed("3001", "Karte gesperrt")).toBe(renamed("3099", "Karte gesperrt"));
    expect(renamed("3001", "Karte gesperrt")).not.toBe(renamed("3002", "Karte wieder frei"));
  });

  it("stores events Emma does not read without complaint", () => {
    const { body, headers } = signedDelivery("user", "user_created", { id: 9, username: "neu" }, "4001");
    expect(post(body, headers)).toEqual({
      ok: true,
      dedupeKey: "user:user_created:e4001",
      contentType: "application/json",
    });
  });
});
