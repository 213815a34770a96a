import { startFakeGraphApi, type FakeGraphApi } from "@emma/connectors/simulators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

const DAY = 24 * 60 * 60 * 1000;
const PAGE_ID = "104000000000002";
const APP_ID = "880000000000002";
const SECRETS = {
  appSecret: "meta-app-secret-for-tests-0123456789",
  pageAccessToken: "EAAG-page-token-for-tests",
  verifyToken: "emma-verify-token-0123",
};
// Whole seconds: Meta states expiry in epoch seconds.
const expiresAt = new Date(Math.floor((Date.now() + 3 * DAY) / 1000) * 1000);

let t: TestApp;
let graph: FakeGraphApi;
let connectorId: string;

beforeAll(async () => {
  t = await createTestApp();
  graph = await startFakeGraphApi({ pageId: PAGE_ID, appId: APP_ID, ...SECRETS, tokenExpiresAt: expiresAt });
  const created = await t.caller("admin").connectors.create({
    kind: "facebook-page",
    name: "Facebook mit Ablaufdatum",
    config: { pageId: PAGE_ID, appId: APP_ID, graphApiBase: graph.url },
    secrets: SECRETS,
  });
  connectorId = created.id;
});
afterAll(async () => {
  await graph.close();
  await t.close();
});

const healthOf = async () =>
  (await t.caller("admin").connectors.list()).find((c) => c.id === connectorId)?.health;

describe("the last connection test on the health board", () => {
  it("is unknown before the first test", async () => {
    expect(await healthOf()).toMatchObject({ lastCheck: null, tokenExpiresAt: null });
  });

  it("keeps the provider's warnings and the token's expiry from a test of the stored settings", async () => {
    await t.database.db
      .updateTable("connectors")
      .set({ last_error: "Graph API unreachable", last_error_at: new Date() })
      .where("id", "=", connectorId)
      .execute();
    const result = await t.caller("admin").connectors.testConnection({ connectorId });
    expect(result).toMatchObject({ ok: true, tokenExpiresAt: expiresAt.toISOString() });
    const health = await healthOf();
    expect(health?.tokenExpiresAt).toBe(expiresAt.toISOString());
    // It works now: the earlier error is gone.
    expect(health).toMatchObject({ lastError: null, lastErrorAt: null });
    expect(health?.lastCheck?.warnings).toEqual([
      expect.stringMatching(/Page access token expires on/),
      expect.stringMatching(/No webhook delivery has arrived yet/),
    ]);
  });

  it("is not replaced by a test of unsaved settings", async () => {
    const before = await healthOf();
    const tried = await t.caller("admin").connectors.testConnection({
      connectorId,
      secrets: { pageAccessToken: "EAAG-some-other-token-typed-in" },
    });
    expect(tried).toMatchObject({ ok: false });
    expect(await healthOf()).toEqual(before);
  });

  it("drops the warnings when a test fails, whose error then says what is wrong", async () => {
    graph.setTokenExpiresAt(new Date(Date.now() - DAY));
    const failed = await t.caller("admin").connectors.testConnection({ connectorId });
    expect(failed).toMatchObject({ ok: false, tested: true });
    const health = await healthOf();
    expect(health?.lastCheck?.warnings).toEqual([]);
    expect(health?.lastError).toMatch(/no longer valid/);
  });
});
