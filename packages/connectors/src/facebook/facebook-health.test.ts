import { afterEach, describe, expect, it } from "vitest";
import type { HealthCheck } from "../connector.ts";
import { providerContext } from "../test-support/provider-context.ts";
import { facebookConnector } from "./facebook-connector.ts";
import type { FacebookSecrets } from "./facebook-config.ts";
import { startFakeGraphApi, type FakeGraphApi } from "./simulator/fake-graph-api.ts";
import type { FakeGraphOptions } from "./simulator/fake-graph-state.ts";
import { APP_ID, PAGE_ID, SECRETS, testConfig } from "./test-setup.ts";

const DAY = 24 * 60 * 60 * 1000;
let graph: FakeGraphApi | undefined;
afterEach(() => graph?.close());

async function health(
  options: FakeGraphOptions = {},
  secrets: FacebookSecrets = SECRETS,
): Promise<HealthCheck> {
  graph = await startFakeGraphApi({
    pageId: PAGE_ID,
    appId: APP_ID,
    appSecret: SECRETS.appSecret,
    pageAccessToken: SECRETS.pageAccessToken,
    ...options,
  });
  const context = providerContext({
    config: testConfig({ graphApiBase: graph.url, pageName: "Emma Bank" }),
    secrets,
  });
  const check = facebookConnector.checkHealth?.(context);
  if (check === undefined) throw new Error("the Facebook connector checks its health");
  return check;
}

describe("test connection", () => {
  it("reports a valid, non-expiring token, its scopes and the webhook subscription", async () => {
    const result = await health();
    expect(result).toMatchObject({ ok: true, facts: { "Token expires": "never", "Graph API": "v23.0" } });
    if (!result.ok) return;
    expect(result.detail).toMatch(
      /Page Emma Bank: token valid, does not expire; app 987654321012345 receives its webhooks/,
    );
    expect(result.facts?.["Granted scopes"]).toContain("pages_messaging");
    expect(result.facts?.["Webhook fields"]).toContain("feed");
    expect(result.warnings).toBeUndefined();
    expect(result.tokenExpiresAt).toBeUndefined();
    // The app token is only ever sent to debug_token, in the query as Meta requires.
    expect(graph?.requests.map((request) => [request.path, request.tokenVia])).toEqual([
      ["debug_token", "query"],
      [`${PAGE_ID}/subscribed_apps`, "header"],
    ]);
  });

  it("warns days before the token expires and names the date", async () => {
    const expiresAt = new Date(Date.now() + 3 * DAY + 60_000);
    const result = await health({ tokenExpiresAt: expiresAt });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      expect.stringMatching(/expires on \d{4}-\d\d-\d\d \d\d:\d\d UTC \(in 3 days\): reconnect the Page/),
    ]);
    expect(result.facts?.["Token expires"]).toBe(
      `${expiresAt.toISOString().slice(0, 16).replace("T", " ")} UTC`,
    );
    // Meta says it in whole seconds.
    expect(result.tokenExpiresAt).toEqual(new Date(Math.floor(expiresAt.getTime() / 1000) * 1000));
  });

  it("does not warn about a token that runs for months", async () => {
    const result = await health({ tokenExpiresAt: new Date(Date.now() + 50 * DAY) });
    expect(result).toMatchObject({ ok: true });
    expect(result.ok && result.warnings).toBeUndefined();
  });

  it("an expired token fails and asks for a reconnect", async () => {
    const result = await health({ tokenExpiresAt: new Date(Date.now() - DAY) });
    expect(result).toMatchObject({ ok: false, reconnect: true });
    expect(result.ok ? "" : result.error).toMatch(/no longer valid.*reconnect the Page/);
  });

  it("a token Meta does not know fails and asks for a reconnect", async () => {
    const result = await health({}, { ...SECRETS, pageAccessToken: "EAAGsomeoneelsestoken0000" });
    expect(result).toMatchObject({ ok: false, reconnect: true });
  });

  it("a wrong app secret is a settings problem, not a reconnect", async () => {
    const result = await health({}, { ...SECRETS, appSecret: "fedcba9876543210fedcba9876543210" });
    expect(result).toMatchObject({ ok: false });
    expect(result.ok || result.reconnect).toBeFalsy();
    expect(result.ok ? "" : result.error).toMatch(/app id and app secret/);
  });

  it("fails when the app is not subscribed to the Page's webhooks, saying how to subscribe", async () => {
    const result = await health({ subscribedFields: null });
    expect(result).toMatchObject({ ok: false });
    expect(result.ok ? "" : result.error).toMatch(
      /not subscribed.*subscribed_fields=messages,message_echoes,feed/,
    );
  });

  it("warns about missing scopes and webhook fields", async () => {
    const result = await health({
      scopes: ["pages_messaging", "pages_manage_metadata"],
      subscribedFields: ["messages"],
    });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.warnings).toEqual([
      "The token lacks pages_read_engagement, needed for reading comments.",
      "The token lacks pages_manage_engagement, needed for public replies to comments.",
      "The app does not receive the Page's message_echoes, feed webhooks.",
    ]);
  });
});

describe("the sender's name", () => {
  async function nameOf(value: string, options: FakeGraphOptions = {}) {
    graph = await startFakeGraphApi({
      pageId: PAGE_ID,
      appId: APP_ID,
      appSecret: SECRETS.appSecret,
      pageAccessToken: SECRETS.pageAccessToken,
      profiles: { "6712345678901234": { first_name: "Anna", last_name: "Berg" } },
      ...options,
    });
    const context = providerContext({ config: testConfig({ graphApiBase: graph.url }), secrets: SECRETS });
    return facebookConnector.displayNameOf?.({ kind: "facebook", value }, context);
  }

  it("comes from the User Profile API", async () => {
    expect(await nameOf("6712345678901234")).toBe("Anna Berg");
    expect(graph?.requests[0]).toMatchObject({
      method: "GET",
      path: "6712345678901234",
      query: { fields: "name,first_name,last_name" },
    });
  });

  it("is null for a person Meta gives no profile for", async () => {
    expect(await nameOf("6799999999999999")).toBeNull();
  });

  it("throws when the token expired, so the API asks again after a reconnect", async () => {
    graph = await startFakeGraphApi({
      pageId: PAGE_ID,
      appId: APP_ID,
      appSecret: SECRETS.appSecret,
      pageAccessToken: SECRETS.pageAccessToken,
    });
    graph.expireToken();
    const context = providerContext({ config: testConfig({ graphApiBase: graph.url }), secrets: SECRETS });
    await expect(
      facebookConnector.displayNameOf?.({ kind: "facebook", value: "6712345678901234" }, context),
    ).rejects.toThrow(/reconnect/i);
  });
});
