import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { providerContext } from "../test-support/provider-context.ts";
import type { FacebookConfig } from "./facebook-config.ts";
import { facebookConnector } from "./facebook-connector.ts";
import { startFakeGraphApi, type FakeGraphApi } from "./simulator/fake-graph-api.ts";
import { APP_ID, outbound, PAGE_ID, PSID, SECRETS, testConfig } from "./test-setup.ts";

let graph: FakeGraphApi;
beforeAll(async () => {
  graph = await startFakeGraphApi({
    pageId: PAGE_ID,
    appId: APP_ID,
    appSecret: SECRETS.appSecret,
    pageAccessToken: SECRETS.pageAccessToken,
  });
});
afterAll(() => graph.close());
beforeEach(() => {
  graph.requests.length = 0;
});

const HOUR = 60 * 60 * 1000;
const ago = (ms: number) => new Date(Date.now() - ms);

function send(message = outbound({ lastInboundAt: ago(HOUR) }), config: Partial<FacebookConfig> = {}) {
  const context = providerContext({
    config: testConfig({ graphApiBase: graph.url, ...config }),
    secrets: SECRETS,
  });
  const promise = facebookConnector.send?.(message, context);
  if (promise === undefined) throw new Error("the Facebook connector sends");
  return promise;
}

type Outcome = Awaited<ReturnType<typeof send>>;

function sent(outcome: Outcome) {
  if (!outcome.ok) throw new Error(`expected a sent reply, got: ${outcome.error}`);
  return outcome;
}

function failed(outcome: Outcome) {
  if (outcome.ok) throw new Error(`expected a failure, got ${outcome.externalId}`);
  return outcome;
}

describe("sending on Messenger", () => {
  it("answers within 24 hours as RESPONSE through the Send API and returns Meta's mid", async () => {
    expect(sent(await send()).externalId).toMatch(/^m_/);
    expect(graph.requests).toHaveLength(1);
    expect(graph.requests[0]).toMatchObject({
      method: "POST",
      version: "v23.0",
      path: "me/messages",
      tokenVia: "header",
      body: {
        recipient: { id: PSID },
        messaging_type: "RESPONSE",
        message: { text: "Your card is unblocked again." },
      },
    });
    expect(graph.requests[0]?.appSecretProof).toMatch(/^[0-9a-f]{64}$/);
  });

  it("answers after 24 hours with the HUMAN_AGENT tag when the Page enabled it", async () => {
    const outcome = sent(
      await send(outbound({ lastInboundAt: ago(3 * 24 * HOUR) }), { humanAgentTag: true }),
    );
    expect(outcome.metadata).toMatchObject({ tag: "HUMAN_AGENT" });
    expect(graph.requests[0]?.body).toMatchObject({ messaging_type: "MESSAGE_TAG", tag: "HUMAN_AGENT" });
  });

  it("refuses before sending, permanently, after 24 hours without the tag, saying since when", async () => {
    const outcome = failed(await send(outbound({ lastInboundAt: new Date("2025-03-10T12:00:00Z") })));
    expect(outcome.permanent).toBe(true);
    expect(outcome.error).toMatch(/24 hours.*closed on 2025-03-11 12:00 UTC/);
    expect(graph.requests).toEqual([]);
  });

  it("refuses after 7 days even with the tag, and when the customer never wrote", async () => {
    const late = failed(await send(outbound({ lastInboundAt: ago(8 * 24 * HOUR) }), { humanAgentTag: true }));
    expect(late.permanent).toBe(true);
    expect(late.error).toMatch(/7 days/);
    const never = failed(await send(outbound({})));
    expect(never.permanent).toBe(true);
    expect(never.error).toMatch(/has not written/);
    expect(graph.requests).toEqual([]);
  });
});

describe("replying to a comment", () => {
  const comment = {
    threadKey: "comment:555000111_901",
    inReplyTo: "555000111_902",
    lastInboundAt: ago(HOUR),
  };

  it("publicly: a reply comment under the comment answered, keyed by the new comment's id", async () => {
    const outcome = sent(await send(outbound({ ...comment, visibility: "public" })));
    expect(outcome.externalId).toMatch(/^555000111_\d+$/);
    expect(outcome.metadata).toMatchObject({ via: "public_reply" });
    expect(graph.requests[0]).toMatchObject({
      method: "POST",
      path: "555000111_902/comments",
      body: { message: "Your card is unblocked again." },
    });
  });

  it("privately: one message into Messenger addressed by the comment id", async () => {
    const commentedAt = ago(2 * 24 * HOUR).toISOString();
    const outcome = sent(
      await send(outbound({ ...comment, visibility: "private", inReplyToMetadata: { commentedAt } })),
    );
    expect(outcome.externalId).toMatch(/^m_/);
    expect(outcome.metadata).toMatchObject({ via: "private_reply" });
    expect(graph.requests[0]).toMatchObject({
      path: "me/messages",
      body: { recipient: { comment_id: "555000111_902" } },
    });
  });

  it("refuses a private reply more than 7 days after the comment before sending", async () => {
    const commentedAt = "2025-03-01T08:00:00.000Z";
    const outcome = failed(
      await send(outbound({ ...comment, visibility: "private", inReplyToMetadata: { commentedAt } })),
    );
    expect(outcome.permanent).toBe(true);
    expect(outcome.error).toMatch(/7 days of the comment.*ended on 2025-03-08 08:00 UTC/);
    expect(graph.requests).toEqual([]);
  });

  it("refuses a second private reply to the same comment as Meta does", async () => {
    graph.noteComment({
      commentId: "555000111_950",
      postId: `${PAGE_ID}_555000111`,
      authorId: PSID,
      createdAt: ago(HOUR),
    });
    const reply = outbound({ ...comment, inReplyTo: "555000111_950", visibility: "private" });
    sent(await send(reply));
    const second = failed(await send(reply));
    expect(second.permanent).toBe(true);
    expect(second.error).toMatch(/Activity already replied to.*no second/);
  });
});

describe("Graph errors", () => {
  it("190: the token is invalid or expired, the send fails and asks for a reconnect", async () => {
    graph.failNext({ kind: "token_expired" });
    const outcome = failed(await send());
    expect([outcome.permanent, outcome.reconnect]).toEqual([true, true]);
    expect(outcome.error).toMatch(/Session has expired.*code 190\/463.*reconnect the Page/);
  });

  it.each([4, 17, 32, 613] as const)(
    "%i: a rate limit is retried when Meta's usage header says",
    async (code) => {
      graph.failNext({
        kind: "rate_limit",
        code,
        regainMinutes: 12,
        header: code === 4 ? "app" : "business",
      });
      const before = Date.now();
      const outcome = failed(await send());
      expect(outcome.permanent).toBe(false);
      expect(outcome.retryAfter?.getTime()).toBeGreaterThanOrEqual(before + 12 * 60_000);
      expect(outcome.retryAfter?.getTime()).toBeLessThanOrEqual(Date.now() + 12 * 60_000);
    },
  );

  it("a rate limit without a wait in the headers waits a default quarter hour", async () => {
    graph.failNext({ kind: "rate_limit", code: 613 });
    const before = Date.now();
    const outcome = failed(await send());
    expect(outcome.permanent).toBe(false);
    expect(outcome.retryAfter?.getTime()).toBeGreaterThanOrEqual(before + 15 * 60_000);
  });

  it("10 / 2018278: Meta's window closed after all: permanent, with the window explained", async () => {
    graph.failNext({ kind: "window_closed" });
    const outcome = failed(await send());
    expect(outcome.permanent).toBe(true);
    expect(outcome.error).toMatch(/outside of allowed window.*24 hours/);
  });

  it("a private reply refused by Meta's 7-day limit explains that limit", async () => {
    graph.failNext({ kind: "window_closed" });
    const outcome = failed(
      await send(outbound({ threadKey: "comment:1_2", inReplyTo: "1_2", visibility: "private" })),
    );
    expect(outcome.permanent).toBe(true);
    expect(outcome.error).toMatch(/7 days of the comment/);
  });

  it.each([10, 200] as const)("%i: a missing permission is permanent", async (code) => {
    graph.failNext({ kind: "permission", code });
    const outcome = failed(await send());
    expect(outcome.permanent).toBe(true);
    expect(outcome.error).toMatch(/permission/);
  });

  it("551: a person who is not available is permanent", async () => {
    graph.failNext({ kind: "unavailable" });
    const outcome = failed(await send());
    expect(outcome.permanent).toBe(true);
    expect(outcome.error).toMatch(/isn't available/);
  });

  it.each([1, 2] as const)("%i: a transient error at Meta is retried", async (code) => {
    graph.failNext({ kind: "transient", code });
    const outcome = failed(await send());
    expect([outcome.permanent, outcome.retryAfter]).toEqual([false, undefined]);
  });

  it("a dropped connection is retried, and nothing in the error names the token", async () => {
    graph.failNext({ kind: "disconnect" });
    const outcome = failed(await send());
    expect(outcome.permanent).toBe(false);
    expect(outcome.error).toMatch(/could not be reached/);
    expect(JSON.stringify(outcome)).not.toContain(SECRETS.pageAccessToken);
  });

  it("an unreachable Graph API is retried", async () => {
    expect(failed(await send(undefined, { graphApiBase: "http://127.0.0.1:1" })).permanent).toBe(false);
  });
});
