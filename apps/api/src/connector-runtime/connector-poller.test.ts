import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("the connector poller", () => {
  it("records a mail server it cannot reach on the connector, without its password", async () => {
    const created = await t.caller("admin").connectors.create({
      kind: "email",
      name: "Unreachable mailbox",
      config: {
        imap: { host: "127.0.0.1", port: 1, secure: false, user: "support" },
        smtp: { host: "127.0.0.1", port: 1, secure: false },
        address: "service@bank.example",
        displayName: "Service",
        messageIdDomain: "bank.example",
      },
      secrets: { imapPassword: "very-secret-password" },
    });
    await t.app.services.poller.kick();
    const row = await t.database.db
      .selectFrom("connectors")
      .select(["last_error", "last_error_at", "poll_cursor"])
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(row.last_error).toMatch(/127\.0\.0\.1/);
    expect(row.last_error).not.toContain("very-secret-password");
    expect(row.last_error_at).not.toBeNull();
    expect(row.poll_cursor).toBeNull();
    const listed = await t.caller("admin").connectors.list();
    expect(listed.find((c) => c.id === created.id)?.health.lastError).toBe(row.last_error);
  });

  it("leaves disabled connectors alone", async () => {
    const created = await t.caller("admin").connectors.create({
      kind: "email",
      name: "Switched off",
      enabled: false,
      config: {
        imap: { host: "127.0.0.1", port: 1, secure: false, user: "support" },
        smtp: { host: "127.0.0.1", port: 1, secure: false },
        address: "off@bank.example",
        displayName: "Off",
        messageIdDomain: "bank.example",
      },
      secrets: { imapPassword: "x" },
    });
    await t.app.services.poller.kick();
    const row = await t.database.db
      .selectFrom("connectors")
      .select(["last_error", "poll_lease_owner"])
      .where("id", "=", created.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ last_error: null, poll_lease_owner: null });
  });
});
