import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { RetryLaterError, type PolledBatch } from "../connector.ts";
import { parseXEvent } from "./parse-x-event.ts";
import { pollX } from "./poll-x.ts";
import { startFakeXApi, type FakeXApi } from "./simulator/fake-x-api.ts";
import { ACCOUNT, ANNA, BEN, CONSUMER_SECRET, oauth2Secrets, xConfig } from "./test/x-fixtures.ts";

let api: FakeXApi;
beforeEach(async () => {
  api = await startFakeXApi({ account: ACCOUNT, consumerSecret: CONSUMER_SECRET });
});
afterEach(() => api.close());

function poll(cursor: unknown, limit = 50): Promise<PolledBatch> {
  const config = xConfig({ apiBase: api.url, delivery: "poll" });
  return pollX({
    config,
    secrets: oauth2Secrets(api),
    saveSecrets: () => Promise.resolve(),
    cursor,
    limit,
    signal: new AbortController().signal,
  });
}

function texts(batch: PolledBatch): string[] {
  const config = xConfig();
  return batch.deliveries.flatMap((delivery) =>
    parseXEvent({ contentType: delivery.contentType, body: delivery.body, headers: {} }, config).map(
      (message) => message.text,
    ),
  );
}

describe("polling X for mentions and DMs", () => {
  it("fetches mentions and DMs, then only what is newer (since_id for mentions)", async () => {
    api.customerPosts(BEN, "@emma_bank erste Frage");
    api.customerDms(ANNA, "erste DM");
    const first = await poll(null);
    expect(texts(first).sort()).toEqual(["@emma_bank erste Frage", "erste DM"]);
    expect(first.more).toBe(false);

    expect((await poll(first.cursor)).deliveries).toEqual([]);
    api.customerPosts(BEN, "@emma_bank zweite Frage");
    api.customerDms(ANNA, "zweite DM");
    const second = await poll(first.cursor);
    expect(texts(second).sort()).toEqual(["@emma_bank zweite Frage", "zweite DM"]);
  });

  it("delivers each item once under a stable key, with its author's handle", async () => {
    const { post } = api.customerPosts(BEN, "@emma_bank ?");
    const batch = await poll(null);
    expect(batch.deliveries.map((delivery) => delivery.dedupeKey)).toEqual([`mention:${post.id}`]);
    const [message] = parseXEvent(
      {
        contentType: batch.deliveries[0]?.contentType ?? "",
        body: batch.deliveries[0]?.body ?? Buffer.alloc(0),
        headers: {},
      },
      xConfig(),
    );
    expect(message?.author.identities).toEqual([{ kind: "twitter", value: BEN.id, display: "@ben" }]);
  });

  it("walks pages newer than the cursor in batches of the poller's limit", async () => {
    const first = await poll(null);
    for (let index = 0; index < 12; index++) api.customerPosts(BEN, `@emma_bank Nachricht ${String(index)}`);
    const seen: string[] = [];
    let batch = await poll(first.cursor, 5);
    seen.push(...texts(batch));
    let rounds = 1;
    while (batch.more) {
      batch = await poll(batch.cursor, 5);
      seen.push(...texts(batch));
      rounds += 1;
    }
    expect(rounds).toBe(3);
    expect(seen.sort()).toEqual(
      Array.from({ length: 12 }, (_, index) => `@emma_bank Nachricht ${String(index)}`).sort(),
    );
    expect((await poll(batch.cursor)).deliveries).toEqual([]);
  });

  it("reads DM events back only to the newest one already delivered", async () => {
    api.customerDms(ANNA, "alt");
    const first = await poll(null);
    for (let index = 0; index < 3; index++) api.customerDms(ANNA, `neu ${String(index)}`);
    expect(texts(await poll(first.cursor)).sort()).toEqual(["neu 0", "neu 1", "neu 2"]);
  });

  it("throws RetryLaterError at X's reset when rate limited with nothing fetched", async () => {
    const resetAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 900_000);
    api.failNext("mentions", { kind: "rate-limit", resetAt });
    api.failNext("dm_events", { kind: "rate-limit", resetAt });
    const error = await poll(null).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RetryLaterError);
    expect(error instanceof RetryLaterError ? error.retryAt : undefined).toEqual(resetAt);
  });

  it("returns what it fetched and waits for the reset when a window is used up", async () => {
    const resetAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 300_000);
    api.customerDms(ANNA, "hallo");
    api.setRateLimit("dm_events", { remaining: 1, resetAt });
    const batch = await poll(null);
    expect(texts(batch)).toEqual(["hallo"]);
    expect(batch.retryAfter).toEqual(resetAt);
    expect(batch.more).toBe(false);
  });

  it("keeps the DMs it got when only mentions are rate limited", async () => {
    const resetAt = new Date(Math.ceil(Date.now() / 1000) * 1000 + 300_000);
    api.customerDms(ANNA, "hallo");
    api.failNext("mentions", { kind: "rate-limit", resetAt });
    const batch = await poll(null);
    expect(texts(batch)).toEqual(["hallo"]);
    expect(batch.retryAfter).toEqual(resetAt);
  });

  it("fails visibly when X refuses the listing", async () => {
    api.failNext("mentions", { kind: "server-error" });
    await expect(poll(null)).rejects.toThrow(/X refused to list mentions: X answered 500/);
  });
});
