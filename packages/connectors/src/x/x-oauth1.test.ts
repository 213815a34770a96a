import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { providerContext } from "../test-support/provider-context.ts";
import { startFakeXApi, type FakeXApi } from "./simulator/fake-x-api.ts";
import { sendX } from "./send-x.ts";
import { outbound } from "./test/outbound.ts";
import { ACCOUNT, ANNA, BEN, CONSUMER_SECRET, xConfig } from "./test/x-fixtures.ts";
import { pollX } from "./poll-x.ts";
import { dmThreadKey } from "./x-thread-key.ts";

let api: FakeXApi;
beforeEach(async () => {
  api = await startFakeXApi({ account: ACCOUNT, consumerSecret: CONSUMER_SECRET });
});
afterEach(() => api.close());

function oauth1Context(secretOverride?: string) {
  const issued = api.issueOAuth1("emma-consumer-key");
  const { consumerSecret: _consumerSecret, ...oauth1 } = issued;
  return providerContext({
    config: xConfig({ apiBase: api.url, auth: "oauth1", delivery: "poll" }),
    secrets: { consumerSecret: secretOverride ?? CONSUMER_SECRET, oauth1 },
  });
}

describe("OAuth 1.0a accounts", () => {
  it("sign each request so X accepts it, also with a query string", async () => {
    const context = oauth1Context();
    const sent = await sendX(outbound(ANNA, dmThreadKey(`${ACCOUNT.id}-${ANNA.id}`), "Hallo"), context);
    expect(sent).toMatchObject({ ok: true });
    api.customerPosts(BEN, "@emma_bank ?");
    const batch = await pollX({ ...context, cursor: null, limit: 50, signal: new AbortController().signal });
    expect(batch.deliveries).toHaveLength(2);
    expect(context.saved).toEqual([]);
  });

  it("ask for a reconnect when X refuses the signature", async () => {
    const context = oauth1Context("not-the-apps-consumer-secret");
    const sent = await sendX(outbound(ANNA, dmThreadKey(`${ACCOUNT.id}-${ANNA.id}`), "Hallo"), context);
    expect(sent).toMatchObject({ ok: false, reconnect: true });
    expect(api.sent).toEqual([]);
  });
});
