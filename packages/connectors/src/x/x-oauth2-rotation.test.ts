import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ReconnectNeededError } from "../connector.ts";
import { providerContext } from "../test-support/provider-context.ts";
import { startFakeXApi, type FakeXApi } from "./simulator/fake-x-api.ts";
import { sendX } from "./send-x.ts";
import { outbound } from "./test/outbound.ts";
import { ACCOUNT, ANNA, CONSUMER_SECRET, oauth2Secrets, xConfig } from "./test/x-fixtures.ts";
import { XClient } from "./x-client.ts";
import type { XSecrets } from "./x-config.ts";
import { dmThreadKey } from "./x-thread-key.ts";

let api: FakeXApi;
beforeEach(async () => {
  api = await startFakeXApi({ account: ACCOUNT, consumerSecret: CONSUMER_SECRET });
});
afterEach(() => api.close());

const thread = dmThreadKey(`${ACCOUNT.id}-${ANNA.id}`);

/** A context whose saveSecrets records what X's API had seen sent with the new token by then. */
function recordingContext(secrets: XSecrets) {
  const saves: { secrets: XSecrets; sentBefore: number }[] = [];
  return {
    saves,
    context: {
      config: xConfig({ apiBase: api.url }),
      secrets,
      saveSecrets: (saved: XSecrets) => {
        saves.push({ secrets: saved, sentBefore: api.sent.length });
        return Promise.resolve();
      },
    },
  };
}

describe("OAuth 2.0 refresh-token rotation", () => {
  it("refreshes an expired access token and saves the new tokens before using them", async () => {
    const expired = oauth2Secrets(api, new Date(Date.now() - 3 * 3600_000));
    const { context, saves } = recordingContext(expired);
    const outcome = await sendX(outbound(ANNA, thread, "Hallo"), context);
    expect(outcome).toMatchObject({ ok: true });
    expect(saves).toHaveLength(1);
    const rotated = saves[0]?.secrets.oauth2;
    expect(saves[0]?.sentBefore).toBe(0);
    expect(rotated?.refreshToken).not.toBe(expired.oauth2?.refreshToken);
    expect(rotated?.accessToken).not.toBe(expired.oauth2?.accessToken);
    expect(rotated?.accessTokenExpiresAt.getTime()).toBeGreaterThan(Date.now() + 3600_000);
  });

  it("refreshes once when X answers 401, then sends", async () => {
    const { context, saves } = recordingContext(oauth2Secrets(api));
    api.tokens.expireAccessTokens();
    expect(await sendX(outbound(ANNA, thread, "Hallo"), context)).toMatchObject({ ok: true });
    expect(saves).toHaveLength(1);
    expect(api.sent).toHaveLength(1);
  });

  it("keeps working after a restart from the saved secrets, while X refuses the retired refresh token", async () => {
    const first = providerContext({ config: xConfig({ apiBase: api.url }), secrets: oauth2Secrets(api) });
    const retired = first.secrets;
    api.tokens.expireAccessTokens();
    expect(await sendX(outbound(ANNA, thread, "vor dem Neustart"), first)).toMatchObject({ ok: true });
    const saved = first.saved.at(-1);
    if (!saved) throw new Error("the rotated secrets were not saved");

    // A restart: a new context built from what was saved.
    api.tokens.expireAccessTokens();
    const restarted = providerContext({ config: first.config, secrets: saved });
    expect(await sendX(outbound(ANNA, thread, "nach dem Neustart"), restarted)).toMatchObject({ ok: true });
    expect(restarted.saved).toHaveLength(1);

    // Whoever still holds the retired refresh token is told to reconnect, as X refuses it.
    const stale = providerContext({ config: first.config, secrets: retired });
    const outcome = await sendX(outbound(ANNA, thread, "mit altem Token"), stale);
    expect(outcome).toMatchObject({
      ok: false,
      reconnect: true,
      error: expect.stringMatching(/invalid_request|Value passed for the token was invalid/) as unknown,
    });
    expect(outcome).toMatchObject({ error: expect.stringMatching(/reconnect the X account/) as unknown });
    expect(stale.saved).toEqual([]);
  });

  it("shares one refresh between calls that need it at once", async () => {
    const { context, saves } = recordingContext(oauth2Secrets(api, new Date(0)));
    const outcomes = await Promise.all([
      sendX(outbound(ANNA, thread, "eins"), context),
      sendX(outbound(ANNA, thread, "zwei"), context),
    ]);
    expect(outcomes.map((outcome) => outcome.ok)).toEqual([true, true]);
    expect(saves).toHaveLength(1);
  });

  it("asks for a reconnect when the refresh fails, from poll and health alike", async () => {
    const secrets = oauth2Secrets(api, new Date(0));
    api.failNext("token", { kind: "unauthorized" });
    const client = new XClient(providerContext({ config: xConfig({ apiBase: api.url }), secrets }));
    await expect(client.call({ method: "GET", path: "/2/users/me" })).rejects.toThrow(ReconnectNeededError);
  });

  it("asks for a reconnect when even a fresh token is refused", async () => {
    const { context } = recordingContext(oauth2Secrets(api));
    api.failNext("dm", { kind: "unauthorized" });
    api.failNext("dm", { kind: "unauthorized" });
    expect(await sendX(outbound(ANNA, thread, "Hallo"), context)).toMatchObject({
      ok: false,
      reconnect: true,
    });
  });

  it("asks for a reconnect when the config chooses OAuth 2.0 but the secrets hold none", async () => {
    const context = providerContext({
      config: xConfig({ apiBase: api.url }),
      secrets: {
        consumerSecret: CONSUMER_SECRET,
        oauth1: { consumerKey: "k", accessToken: "t", accessTokenSecret: "s" },
      },
    });
    expect(await sendX(outbound(ANNA, thread, "Hallo"), context)).toMatchObject({
      ok: false,
      reconnect: true,
    });
  });
});
