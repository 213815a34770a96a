import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { providerContext } from "../test-support/provider-context.ts";
import { startFakeXApi, type FakeXApi } from "./simulator/fake-x-api.ts";
import { ACCOUNT, CONSUMER_SECRET, oauth2Context, oauth2Secrets, xConfig } from "./test/x-fixtures.ts";
import { checkXHealth } from "./x-health.ts";

let api: FakeXApi;
beforeEach(async () => {
  api = await startFakeXApi({ account: ACCOUNT, consumerSecret: CONSUMER_SECRET });
});
afterEach(() => api.close());

describe("X connection health", () => {
  it("names the account, the token's expiry and the subscriptions that feed the webhook", async () => {
    const health = await checkXHealth(oauth2Context(api));
    expect(health).toMatchObject({
      ok: true,
      detail: "Connected to X as @emma_bank",
      facts: { account: `@emma_bank (${ACCOUNT.id})`, accessTokenExpiresAt: expect.any(String) as unknown },
    });
    expect(health.ok && health.warnings).toBeFalsy();
  });

  it("warns about event types without a subscription", async () => {
    api.setSubscriptions(["dm.received", "post.mention.create"]);
    const health = await checkXHealth(oauth2Context(api));
    expect(health.ok && health.warnings).toEqual([
      expect.stringMatching(/dm\.sent.*never reach Emma/) as unknown,
    ]);
  });

  it("fails with a reconnect when the token belongs to another account", async () => {
    const context = providerContext({
      config: xConfig({ apiBase: api.url, accountUserId: "42" }),
      secrets: oauth2Secrets(api),
    });
    expect(await checkXHealth(context)).toMatchObject({
      ok: false,
      reconnect: true,
      error: expect.stringMatching(/belongs to @emma_bank/) as unknown,
    });
  });

  it("fails with a reconnect when the token is refused", async () => {
    api.failNext("me", { kind: "unauthorized" });
    api.failNext("me", { kind: "unauthorized" });
    expect(await checkXHealth(oauth2Context(api))).toMatchObject({ ok: false, reconnect: true });
  });
});
