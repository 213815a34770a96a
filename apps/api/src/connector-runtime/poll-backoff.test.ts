import { startDovecot, whyNoDovecot, type DovecotServer } from "@emma/connectors/simulators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, memoryLogger, type TestApp } from "../test/test-app.ts";
import { ConnectorPoller } from "./connector-poller.ts";

const skipped = whyNoDovecot();
if (skipped) console.warn(`skipped: the poll backoff test needs Dovecot: ${skipped}`);

describe.skipIf(skipped !== undefined)("a mailbox whose login fails", () => {
  let t: TestApp;
  let imap: DovecotServer;
  beforeAll(async () => {
    [t, imap] = await Promise.all([createTestApp(), startDovecot()]);
  }, 60_000);
  afterAll(async () => {
    await t.close();
    await imap.stop();
  });

  it("is tried ever more rarely, at most every half hour, and shows so on the connector", async () => {
    const created = await t.caller("admin").connectors.create({
      kind: "email",
      name: "Falsches Passwort",
      config: {
        imap: { host: "127.0.0.1", port: imap.port, secure: false, user: imap.user },
        smtp: { host: "127.0.0.1", port: 1, secure: false },
        address: "service@bank.example",
        displayName: "Service",
        messageIdDomain: "bank.example",
        pollIntervalSeconds: 10,
        tls: { allowUnencrypted: true },
      },
      secrets: { imapPassword: "not-the-password" },
    });
    // The app's own interval drives a round every 5 s; here the clock is ours and no real time passes.
    let clock = new Date("2026-12-01T08:00:00Z");
    const poller = new ConnectorPoller(t.database.db, memoryLogger(), t.app.services.secretKey, {
      now: () => clock,
      onStored: () => undefined,
    });
    const attemptsAt: number[] = [];
    try {
      // An hour and a half of rounds, 10 s apart (the backoff's steps are multiples of 30 s).
      for (let second = 0; second <= 5400; second += 10) {
        clock = new Date(Date.parse("2026-12-01T08:00:00Z") + second * 1000);
        const before = await failures(created.id);
        await poller.kick();
        if ((await failures(created.id)) > before) attemptsAt.push(second);
      }
    } finally {
      await poller.stop();
    }
    // Without backoff: a poll every 10 s and a new IDLE login every 5 s, thousands of logins.
    // With it: 30 s, 1, 2, 4, 8, 16 min, then every 30 min.
    expect(attemptsAt).toEqual([0, 30, 90, 210, 450, 930, 1890, 3690]);
    // Dovecot saw each of those logins, and no others.
    await expect.poll(() => imap.failedLogins(), { timeout: 5_000 }).toBe(attemptsAt.length);

    const [listed] = (await t.caller("admin").connectors.list()).filter((c) => c.id === created.id);
    expect(listed?.health).toMatchObject({
      lastError: expect.stringMatching(/refused the login of "support"/) as unknown,
      failedPolls: attemptsAt.length,
      nextPollAttemptAt: new Date(
        Date.parse("2026-12-01T08:00:00Z") + ((attemptsAt.at(-1) ?? 0) + 1800) * 1000,
      ).toISOString(),
    });

    await t.caller("admin").connectors.update({
      connectorId: created.id,
      secrets: { imapPassword: imap.password },
    });
    const [fixed] = (await t.caller("admin").connectors.list()).filter((c) => c.id === created.id);
    // A corrected password is tried at the next round, not half an hour later.
    expect(fixed?.health).toMatchObject({ failedPolls: 0, nextPollAttemptAt: null });
  });

  async function failures(connectorId: string): Promise<number> {
    const row = await t.database.db
      .selectFrom("connectors")
      .select("poll_failures")
      .where("id", "=", connectorId)
      .executeTakeFirstOrThrow();
    return row.poll_failures;
  }
});
