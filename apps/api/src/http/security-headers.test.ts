import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";

let t: TestApp;
let url: string;
const consoleDir = mkdtempSync(join(tmpdir(), "emma-console-"));

beforeAll(async () => {
  writeFileSync(join(consoleDir, "index.html"), "<!doctype html><title>Emma</title>");
  mkdirSync(join(consoleDir, "assets"));
  writeFileSync(join(consoleDir, "assets", "index-abc.js"), "export {};");
  t = await createTestApp({ consoleDir });
  ({ url } = await t.app.listen(0));
});
afterAll(async () => {
  await t.close();
  rmSync(consoleDir, { recursive: true, force: true });
});

function expectConsolePolicy(response: Response, what: string): void {
  expect(response.headers.get("content-security-policy"), what).toContain("frame-ancestors 'none'");
  expect(response.headers.get("content-security-policy"), what).toContain("script-src 'self'");
  expect(response.headers.get("x-frame-options"), what).toBe("DENY");
  expect(response.headers.get("x-content-type-options"), what).toBe("nosniff");
  expect(response.headers.get("referrer-policy"), what).toBe("no-referrer");
}

describe("security headers", () => {
  it("send the console page with its policy as HTTP headers: no framing, no sniffing, no referrer", async () => {
    const page = await fetch(`${url}/conversations/some-id`);
    expect(await page.text()).toContain("<title>Emma</title>");
    expectConsolePolicy(page, "console page");
    const asset = await fetch(`${url}/assets/index-abc.js`);
    expectConsolePolicy(asset, "asset");
    expect(asset.headers.get("cache-control")).toContain("immutable");
  });

  it("forbid caching of every API answer that may carry customer data", async () => {
    const batch = await fetch(`${url}/trpc/auth.me?batch=1`, {
      headers: { authorization: `Bearer ${t.users.agent.token}` },
    });
    expect(batch.status).toBe(200);
    const attachment = await fetch(`${url}/attachments/00000000-0000-4000-8000-000000000000/1`, {
      headers: { authorization: `Bearer ${t.users.agent.token}` },
    });
    const webhook = await fetch(`${url}/webhooks/not-a-connector`, { method: "POST", body: "{}" });
    const health = await fetch(`${url}/health`);
    for (const [what, response] of Object.entries({ batch, attachment, webhook, health })) {
      expect(response.headers.get("cache-control"), what).toBe("no-store");
      expectConsolePolicy(response, what);
    }
  });
});
