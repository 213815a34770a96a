import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { loadConnector } from "./load-connector.ts";

let t: TestApp;
let connectorId: string;
const oauth2 = (refreshToken: string) => ({
  clientId: "emma-client-id",
  accessToken: `at-${refreshToken}`,
  refreshToken,
  accessTokenExpiresAt: new Date("2026-12-03T10:00:00Z"),
});

beforeAll(async () => {
  t = await createTestApp();
  const created = await t.caller("admin").connectors.create({
    kind: "x",
    name: "X @emma_bank",
    config: { accountUserId: "1790000000000000001", handle: "@emma_bank", apiBase: "http://127.0.0.1:9" },
    secrets: { consumerSecret: "x-consumer-secret-for-tests-0123456789", oauth2: oauth2("rt-1") },
  });
  connectorId = created.id;
});
afterAll(() => t.close());

const load = () => loadConnector(t.database.db, t.app.services.secretKey, connectorId);
const refreshOf = (secrets: unknown) => JSON.stringify(secrets).match(/"refreshToken":"([^"]+)"/)?.[1];

describe("rotating a connector's credentials", () => {
  it("lets one API instance rotate at a time; the other takes the stored result instead of spending its token", async () => {
    const [a, b] = [await load(), await load()];
    if (!a.context.rotateSecrets || !b.context.rotateSecrets) throw new Error("the API offers rotateSecrets");
    let release = () => {};
    const gate = new Promise<void>((resolve) => (release = resolve));
    let aStarted = () => {};
    const started = new Promise<void>((resolve) => (aStarted = resolve));
    const spent: string[] = [];
    const rotating = a.context.rotateSecrets(async (stored) => {
      spent.push(refreshOf(stored) ?? "");
      aStarted();
      await gate;
      return { ...asRecord(stored), oauth2: oauth2("rt-2") };
    });
    await started;
    // B starts while A holds the provider's answer: it must wait, then find A's tokens.
    const second = b.context.rotateSecrets((stored) => {
      spent.push(refreshOf(stored) ?? "");
      return Promise.resolve({ ...asRecord(stored), oauth2: oauth2("rt-spent-twice") });
    });
    release();
    const [fromA, fromB] = await Promise.all([rotating, second]);
    expect(spent).toEqual(["rt-1"]);
    expect(refreshOf(fromA)).toBe("rt-2");
    expect(refreshOf(fromB)).toBe("rt-2");
    expect(refreshOf(b.context.secrets)).toBe("rt-2");
    expect(refreshOf((await load()).context.secrets)).toBe("rt-2");
  });
});

function asRecord(stored: unknown): Record<string, unknown> {
  if (typeof stored !== "object" || stored === null) throw new Error("secrets are an object");
  return Object.fromEntries(Object.entries(stored));
}
