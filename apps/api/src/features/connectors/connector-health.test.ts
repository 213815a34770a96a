import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { ingestMessages, message } from "../../test/test-ingest.ts";
import {
  allSecrets,
  answerLog,
  imapPassword,
  rawRow,
  signingSecret,
  smtpPassword,
  unreachableEmail,
} from "./connectors-test-kit.ts";

let t: TestApp;
const { answers, seen, errorOf } = answerLog();

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("connector health", () => {
  it("counts backlog, failed events and failing sends per connector", async () => {
    const admin = t.caller("admin");
    const { id } = seen(
      await admin.connectors.create({ kind: "emma-inbound", name: "Zähler", secrets: { signingSecret } }),
    );
    const db = t.database.db;
    expect((await ingestMessages(db, id, [message("email")])).outcome).toBe("processed");
    const now = Date.now();
    const events = [
      { status: "pending", ageSeconds: 120 },
      { status: "pending", ageSeconds: 30 },
      { status: "failed", ageSeconds: 600 },
      { status: "processed", ageSeconds: 900 },
    ] as const;
    await db
      .insertInto("inbound_events")
      .values(
        events.map((e, i) => ({
          connector_id: id,
          dedupe_key: `health-${i}`,
          content_type: "application/json",
          body: "[]",
          status: e.status,
          received_at: new Date(now - e.ageSeconds * 1000),
        })),
      )
      .execute();
    const event = await db
      .selectFrom("timeline_events as e")
      .innerJoin("conversations as c", "c.id", "e.conversation_id")
      .select(["e.id", "c.id as conversation_id"])
      .where("c.connector_id", "=", id)
      .executeTakeFirstOrThrow();
    const sends = [
      { status: "failed", attempts: 5 },
      { status: "queued", attempts: 2 },
      { status: "queued", attempts: 0 },
      { status: "sent", attempts: 1 },
    ] as const;
    await db
      .insertInto("outbox")
      .values(
        sends.map((s, i) => ({
          conversation_id: event.conversation_id,
          connector_id: id,
          timeline_event_id: event.id,
          idempotency_key: `health-${id}-${i}`,
          payload: JSON.stringify({}),
          status: s.status,
          attempts: s.attempts,
          last_error: s.attempts > 0 ? "554 refused" : null,
        })),
      )
      .execute();

    const listed = seen(await admin.connectors.list()).find((c) => c.id === id);
    expect(listed?.health).toMatchObject({ backlog: 2, failedEvents: 1, failingSends: 2 });
    expect(listed?.health.oldestPendingAgeSeconds).toBeGreaterThanOrEqual(119);
    expect(listed?.health.oldestPendingAt).toBe(new Date(now - 120_000).toISOString());
    expect(listed?.health.lastEventAt).not.toBeNull();
    // Numbers from both drivers, not int8 strings.
    expect(typeof listed?.health.backlog).toBe("number");
    const others = seen(await admin.connectors.list()).filter((c) => c.id !== id);
    expect(others.every((c) => c.health.backlog === 0 && c.health.failingSends === 0)).toBe(true);
  });

  it("tests connections: a kind with nothing to reach says so, a failure is recorded", async () => {
    const admin = t.caller("admin");
    const inbound = await admin.connectors.create({
      kind: "emma-inbound",
      name: "Ohne Test",
      secrets: { signingSecret },
    });
    const untestable = seen(await admin.connectors.testConnection({ connectorId: inbound.id }));
    expect(untestable).toMatchObject({
      ok: false,
      tested: false,
      error: expect.stringContaining("no connection to test") as unknown,
    });
    expect((await rawRow(t, inbound.id)).last_error).toBeNull();

    const mail = await admin.connectors.create({
      kind: "email",
      name: "Unerreichbar",
      config: unreachableEmail,
      secrets: { imapPassword, smtpPassword },
    });
    const failed = seen(await admin.connectors.testConnection({ connectorId: mail.id }));
    expect(failed).toMatchObject({ ok: false, tested: true });
    if (failed.ok) throw new Error("unreachable");
    expect(failed.error).toContain("127.0.0.1");
    const row = await rawRow(t, mail.id);
    expect(row.last_error).toBe(failed.error);
    expect(row.last_error_at).not.toBeNull();
    const detail = seen(await admin.connectors.get({ connectorId: mail.id }));
    expect(detail.health).toMatchObject({ lastError: failed.error });

    // Unsaved settings are tried, not recorded, and may not be invalid.
    await t.database.db
      .updateTable("connectors")
      .set({ last_error: null })
      .where("id", "=", mail.id)
      .execute();
    const candidate = seen(
      await admin.connectors.testConnection({
        connectorId: mail.id,
        config: { ...unreachableEmail, imap: { ...unreachableEmail.imap, port: 2 } },
        secrets: { imapPassword: "candidate-password-xyz" },
      }),
    );
    expect(candidate).toMatchObject({ ok: false, tested: true });
    expect(JSON.stringify(candidate)).not.toContain("candidate-password-xyz");
    expect((await rawRow(t, mail.id)).last_error).toBeNull();
    const invalid = await errorOf(
      admin.connectors.testConnection({ connectorId: mail.id, config: { imap: { host: "x" } } }),
    );
    expect(invalid).toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("config.imap.user") as unknown,
    });
  });

  it("says nothing secret in any answer or audit entry", async () => {
    answers.push(await t.caller("admin").connectors.list());
    const text = JSON.stringify(answers);
    for (const secret of allSecrets) expect(text).not.toContain(secret);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("action", "=", "connector.tested")
      .execute();
    expect(audit.map((a) => a.details)).toEqual([
      expect.objectContaining({ candidate: false, ok: false, tested: false }),
      expect.objectContaining({ candidate: false, ok: false, tested: true }),
      expect.objectContaining({ candidate: true, ok: false, tested: true }),
    ]);
    for (const secret of [...allSecrets, "candidate-password-xyz"])
      expect(JSON.stringify(audit)).not.toContain(secret);
  });
});
