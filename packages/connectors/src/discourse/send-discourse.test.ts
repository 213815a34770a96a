import { afterEach, describe, expect, it } from "vitest";
import type { OutboundMessage } from "../connector.ts";
import { sendDiscourse } from "./send-discourse.ts";
import { SITE } from "./test/discourse-fixtures.ts";
import { startFakeForumApi, type ForumAnswer } from "./test/fake-forum-api.ts";
import { forumContext } from "./test/forum-context.ts";

let close: (() => Promise<void>) | undefined;
afterEach(async () => {
  await close?.();
  close = undefined;
});

async function forum(answer: ForumAnswer) {
  const api = await startFakeForumApi(() => answer);
  close = api.close;
  return api;
}

const reply: OutboundMessage = {
  outboxId: "0193a000-0000-7000-8000-000000000001",
  conversationId: "0193a000-0000-7000-8000-000000000002",
  channel: "forum",
  threadKey: "topic:77",
  to: { identities: [{ kind: "forum", value: "42" }] },
  text: "Bitte prüfen Sie, ob Auslandszahlungen in der App freigeschaltet sind.",
  threadExternalIds: ["post:501"],
  inReplyTo: "post:505",
  replyToken: "t1",
  locale: "de",
  visibility: "public",
  agent: { id: "0193a000-0000-7000-8000-000000000003", email: "Lena.Koch@bank.example", name: "Lena Koch" },
  inReplyToMetadata: { postNumber: 2 },
};

describe("replying in a Discourse topic", () => {
  it("posts in the topic as the agent's forum user, answering the post replied to", async () => {
    const api = await forum({
      status: 200,
      body: {
        id: 530,
        post_number: 6,
        topic_id: 77,
        topic_slug: "karte-im-ausland-abgelehnt",
        username: "lena_support",
      },
    });
    const outcome = await sendDiscourse(
      reply,
      forumContext(api.url, { agentUsernames: { "lena.koch@bank.example": "lena_support" } }),
    );
    expect(api.requests).toHaveLength(1);
    expect(api.requests[0]).toMatchObject({
      method: "POST",
      path: "/posts.json",
      body: { topic_id: 77, raw: reply.text, reply_to_post_number: 2 },
      headers: { "api-key": "0123456789abcdef0123456789abcdef", "api-username": "lena_support" },
    });
    expect(outcome).toEqual({
      ok: true,
      externalId: "post:530",
      metadata: { postNumber: 6, url: `${SITE}/t/karte-im-ausland-abgelehnt/77/6`, username: "lena_support" },
    });
  });

  it("posts as the staff account when the agent has no forum username", async () => {
    const api = await forum({
      status: 200,
      body: { id: 531, post_number: 7, topic_id: 77, username: "emma_support" },
    });
    await sendDiscourse({ ...reply, inReplyToMetadata: {} }, forumContext(api.url));
    expect(api.requests[0]?.headers["api-username"]).toBe("emma_support");
    expect(api.requests[0]?.body).toEqual({ topic_id: 77, raw: reply.text });
  });

  it("a refusal of the post itself is permanent, in Discourse's words", async () => {
    const api = await forum({
      status: 422,
      body: { action: "create_post", errors: ["Body is too similar to what you recently posted"] },
    });
    expect(await sendDiscourse(reply, forumContext(api.url))).toEqual({
      ok: false,
      permanent: true,
      error: "Discourse answered 422: Body is too similar to what you recently posted",
    });
  });

  it("a closed topic (403 without the key sentence) is permanent", async () => {
    const api = await forum({
      status: 403,
      body: {
        errors: ["You are not permitted to view the requested resource."],
        error_type: "invalid_access",
      },
    });
    expect(await sendDiscourse(reply, forumContext(api.url))).toMatchObject({ ok: false, permanent: true });
  });

  it("an invalid or revoked key asks for a reconnect", async () => {
    const api = await forum({
      status: 403,
      body: {
        errors: ["You are not permitted to view the requested resource. The API username or key is invalid."],
        error_type: "invalid_access",
      },
    });
    const outcome = await sendDiscourse(reply, forumContext(api.url));
    expect(outcome).toMatchObject({ ok: false, permanent: false, reconnect: true });
    expect(outcome.ok ? "" : outcome.error).toContain("The API username or key is invalid.");
  });

  it("a rate limit comes back after Retry-After, or after extras.wait_seconds", async () => {
    const before = Date.now();
    const api = await forum({
      status: 429,
      body: {
        errors: ["You’ve performed this action too many times. Please wait 20 seconds before trying again."],
        error_type: "rate_limit",
        extras: { wait_seconds: 20 },
      },
      headers: { "retry-after": "30" },
    });
    const outcome = await sendDiscourse(reply, forumContext(api.url));
    expect(outcome).toMatchObject({ ok: false, permanent: false });
    const retryAfter = outcome.ok ? undefined : outcome.retryAfter;
    expect(retryAfter?.getTime()).toBeGreaterThanOrEqual(before + 30_000);
    await close?.();
    const noHeader = await forum({
      status: 429,
      body: { errors: ["Slow down"], extras: { wait_seconds: 12 } },
    });
    const second = await sendDiscourse(reply, forumContext(noHeader.url));
    const wait = (second.ok ? 0 : (second.retryAfter?.getTime() ?? 0)) - Date.now();
    expect(wait).toBeGreaterThan(10_000);
    expect(wait).toBeLessThanOrEqual(12_000);
  });

  it("a server error or an unreachable forum is tried again", async () => {
    const api = await forum({ status: 502, body: "Bad Gateway" });
    expect(await sendDiscourse(reply, forumContext(api.url))).toMatchObject({ ok: false, permanent: false });
    await close?.();
    close = undefined;
    expect(await sendDiscourse(reply, forumContext(api.url))).toMatchObject({
      ok: false,
      permanent: false,
      error: expect.stringContaining("could not be reached") as unknown,
    });
  });

  it("never reports ok without the post: a reply queued for review is no sent reply", async () => {
    const api = await forum({ status: 200, body: { action: "enqueue_post", pending_count: 1 } });
    expect(await sendDiscourse(reply, forumContext(api.url))).toMatchObject({ ok: false, permanent: true });
  });

  it("refuses a conversation that is no topic", async () => {
    const api = await forum({ status: 200, body: {} });
    expect(await sendDiscourse({ ...reply, threadKey: "dm:1" }, forumContext(api.url))).toMatchObject({
      ok: false,
      permanent: true,
    });
    expect(api.requests).toHaveLength(0);
  });
});
