import { DEFAULT_RETENTION_SETTINGS, type RetentionSettings } from "@emma/core";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ingest } from "../../ingest/ingest.ts";
import { ingestMessages, message, createTestMailbox, rawMailEvent } from "../../test/test-ingest.ts";
import { insertConnector } from "../../test/fixtures.ts";
import { TEST_TOMBSTONE_KEY, createTestApp, memoryLogger, type TestApp } from "../../test/test-app.ts";
import { applyRetention } from "./apply-retention.ts";
import { RETENTION_LEASE_MS } from "./retention-runs.ts";

const NOW = new Date("2026-12-04T12:00:00Z");
const OLD = new Date("2025-06-10T09:00:00Z");
const YOUNG = new Date("2026-11-20T09:00:00Z");
const june2025 = { from: "2025-06-01", to: "2025-06-30", timeZone: "Europe/Berlin" };
const letters = { tag: "Handelsbrief", years: 6, reason: "HGB §257" };

let t: TestApp;
beforeEach(async () => {
  t = await createTestApp();
});
afterEach(async () => {
  await t.close();
});

const rules = (rules: Partial<RetentionSettings["rules"]>, duties: RetentionSettings["duties"] = []) =>
  t
    .caller("admin")
    .settings.saveRetention({ rules: { ...DEFAULT_RETENTION_SETTINGS.rules, ...rules }, duties });

const run = (now = NOW) =>
  applyRetention(
    { db: t.database.db, log: memoryLogger(), now: () => now },
    { trigger: "schedule", startedBy: null, ip: null },
  );

/** One conversation from one inbound message; its raw event and item, as ingest stores them. */
async function conversationOf(
  connectorId: string,
  props: { at: Date; status?: "resolved" | "open"; tags?: string[] },
) {
  const db = t.database.db;
  const sent = message("email", {
    occurredAt: props.at,
    subject: "Kündigung Konto 4711",
    text: "Bitte kündigen Sie mein Konto.",
    attachments: [
      { filename: "vollmacht.pdf", contentType: "application/pdf", size: 3, sha256: "a".repeat(64) },
    ],
  });
  const { eventId } = await ingestMessages(db, connectorId, [sent]);
  const item = await db
    .selectFrom("timeline_events")
    .select(["id", "conversation_id"])
    .where("external_id", "=", sent.externalId)
    .executeTakeFirstOrThrow();
  const conversationId = item.conversation_id ?? "";
  await db
    .updateTable("conversations")
    .set({
      status: props.status ?? "resolved",
      resolved_at: props.status === "open" ? null : props.at,
      first_response_at: new Date(props.at.getTime() + 30 * 60_000),
      tags: props.tags ?? [],
    })
    .where("id", "=", conversationId)
    .execute();
  await db.updateTable("inbound_events").set({ received_at: props.at }).where("id", "=", eventId).execute();
  return { conversationId, itemId: item.id, rawEventId: eventId };
}

/** A connector, and the file every conversationOf's message names (kept once, by its hash). */
async function mailboxWithKeptFile(): Promise<string> {
  const db = t.database.db;
  await db
    .insertInto("kept_files")
    .values({
      sha256: "a".repeat(64),
      content: new Uint8Array([1, 2, 3]),
      content_type: "application/pdf",
      size: 3,
    })
    .execute();
  return insertConnector(db);
}

async function contentOf(conversationId: string) {
  const db = t.database.db;
  const conversation = await db
    .selectFrom("conversations")
    .select(["subject", "content_removed_at", "status", "resolved_at", "first_response_at"])
    .where("id", "=", conversationId)
    .executeTakeFirstOrThrow();
  const items = await db
    .selectFrom("timeline_events")
    .select(["body_text", "subject", "author_name", "metadata", "occurred_at"])
    .where("conversation_id", "=", conversationId)
    .execute();
  return { conversation, items };
}

describe("the resolved-conversations rule", () => {
  it("empties resolved conversations past the period and keeps the rest, with reports unchanged", async () => {
    const db = t.database.db;
    const connectorId = await mailboxWithKeptFile();
    const due = await conversationOf(connectorId, { at: OLD });
    const open = await conversationOf(connectorId, { at: OLD, status: "open" });
    const kept = await conversationOf(connectorId, { at: OLD, tags: ["handelsbrief"] });
    const young = await conversationOf(connectorId, { at: YOUNG });
    await rules({ resolvedConversations: 365 }, [letters]);
    const contactsBefore = await t.caller("supervisor").reports.contacts(june2025);
    const timesBefore = await t.caller("supervisor").reports.responseTimes(june2025);

    const result = await run();

    expect(result).toEqual({
      outcome: "applied",
      counts: { rawInboundEvents: 1, resolvedConversations: 1, callRecordings: 0, auditEntries: 0 },
    });
    const emptied = await contentOf(due.conversationId);
    expect(emptied.conversation).toMatchObject({
      subject: null,
      status: "resolved",
      content_removed_at: NOW,
    });
    expect(emptied.items).toHaveLength(1);
    expect(emptied.items[0]).toMatchObject({
      body_text: "",
      subject: null,
      author_name: null,
      occurred_at: OLD,
      metadata: { redacted: { at: NOW.toISOString(), cause: "retention", attachments: 1 } },
    });
    const raw = await db
      .selectFrom("inbound_events")
      .select(["body", "headers", "content_removed_at"])
      .where("id", "=", due.rawEventId)
      .executeTakeFirstOrThrow();
    expect(raw).toEqual({ body: "", headers: {}, content_removed_at: NOW });
    for (const untouched of [open, kept, young]) {
      const { conversation, items } = await contentOf(untouched.conversationId);
      expect(conversation.subject).toBe("Kündigung Konto 4711");
      expect(items[0]?.body_text).toBe("Bitte kündigen Sie mein Konto.");
    }
    // The file is still named by the items kept, so it stays.
    expect(await db.selectFrom("kept_files").select("sha256").execute()).toHaveLength(1);
    expect(await t.caller("supervisor").reports.contacts(june2025)).toEqual(contactsBefore);
    expect(await t.caller("supervisor").reports.responseTimes(june2025)).toEqual(timesBefore);
    const audit = await db
      .selectFrom("audit_log")
      .select(["details"])
      .where("action", "=", "retention.applied")
      .execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]?.details).toMatchObject({
      trigger: "schedule",
      counts: result.outcome === "applied" ? result.counts : {},
    });
  });

  it("removes a file once no item names it, and a duty's end frees its conversation", async () => {
    const db = t.database.db;
    const connectorId = await mailboxWithKeptFile();
    // Last written in 2024: a one-year duty keeps it through 2025 (HGB §257(5)) and has ended.
    const tagged = await conversationOf(connectorId, {
      at: new Date("2024-11-20T09:00:00Z"),
      tags: ["Handelsbrief"],
    });
    await rules({ resolvedConversations: 365 }, [{ ...letters, years: 1 }]);
    expect(await run()).toMatchObject({ counts: { resolvedConversations: 1 } });
    expect((await contentOf(tagged.conversationId)).conversation.subject).toBeNull();
    expect(await db.selectFrom("kept_files").select("sha256").execute()).toEqual([]);
    // A second run finds nothing left to do, and an hourly run that removed nothing is not audited.
    expect(await run()).toMatchObject({ counts: { resolvedConversations: 0, rawInboundEvents: 0 } });
    const audited = await db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "retention.applied")
      .execute();
    expect(audited).toHaveLength(1);
  });
});

const mail = [
  "From: Jana Roth <jana.roth@kunde.example>",
  "To: service@bank.example",
  "Subject: Kontoauszug",
  "Message-ID: <retention1@kunde.example>",
  "Date: Tue, 10 Jun 2025 09:15:00 +0200",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Anbei der Auszug.",
  "--b1",
  'Content-Type: application/pdf; name="auszug.pdf"',
  "Content-Transfer-Encoding: base64",
  'Content-Disposition: attachment; filename="auszug.pdf"',
  "",
  Buffer.from("%PDF-1.4").toString("base64"),
  "--b1--",
  "",
].join("\r\n");

describe("the raw-events rule", () => {
  it("empties processed raw events past the period; pending, failed and younger ones stay", async () => {
    const db = t.database.db;
    const mailbox = await createTestMailbox(db);
    const stored = rawMailEvent(mailbox, Buffer.from(mail));
    const { eventId } = await ingest(db, memoryLogger(), stored, TEST_TOMBSTONE_KEY);
    await db.updateTable("inbound_events").set({ received_at: OLD }).where("id", "=", eventId).execute();
    const other = await insertConnector(db, "facebook");
    const waiting = await db
      .insertInto("inbound_events")
      .values([
        {
          connector_id: other,
          dedupe_key: "p",
          content_type: "application/json",
          headers: "{}",
          body: "{}",
          status: "pending",
          received_at: OLD,
        },
        {
          connector_id: other,
          dedupe_key: "f",
          content_type: "application/json",
          headers: "{}",
          body: "{}",
          status: "failed",
          received_at: OLD,
        },
        {
          connector_id: other,
          dedupe_key: "y",
          content_type: "application/json",
          headers: "{}",
          body: "{}",
          status: "processed",
          received_at: YOUNG,
        },
      ])
      .returning("id")
      .execute();
    await rules({ rawInboundEvents: 90 });

    expect(await run()).toMatchObject({ counts: { rawInboundEvents: 1 } });

    const rows = await db.selectFrom("inbound_events").select(["id", "body", "content_removed_at"]).execute();
    for (const row of rows)
      if (row.id === eventId) expect(row).toMatchObject({ body: "", content_removed_at: NOW });
      else expect(row).toMatchObject({ body: "{}", content_removed_at: null });
    expect(rows).toHaveLength(1 + waiting.length);

    // The item still shows; its mail attachment says plainly why it can no longer be downloaded.
    const item = await db
      .selectFrom("timeline_events")
      .select(["id", "body_text"])
      .where("external_id", "=", "retention1@kunde.example")
      .executeTakeFirstOrThrow();
    expect(item.body_text).toContain("Anbei der Auszug.");
    const { url } = await t.app.listen(0);
    const download = await fetch(`${url}/attachments/${item.id}/0`, {
      headers: { authorization: `Bearer ${t.users.agent.token}` },
    });
    expect(download.status).toBe(410);
    expect(await download.json()).toMatchObject({ error: { code: "removed_by_retention" } });

    // The provider's very late retry of the same mail is recognised: nothing is stored or shown twice.
    const retried = await ingest(db, memoryLogger(), { ...stored, receivedAt: NOW }, TEST_TOMBSTONE_KEY);
    expect(retried.duplicate).toBe(true);
    const items = await db
      .selectFrom("timeline_events")
      .select("id")
      .where("external_id", "=", "retention1@kunde.example")
      .execute();
    expect(items).toHaveLength(1);
    expect(await db.selectFrom("inbound_events").select("id").execute()).toHaveLength(rows.length);
  });
});

describe("the call-recordings rule", () => {
  it("removes recording and transcript of old calls, keeps their facts, and a replay brings neither back", async () => {
    const db = t.database.db;
    const phone = await insertConnector(db, "twilio-voice");
    const call = (at: Date, externalId: string) =>
      message("phone", {
        externalId,
        occurredAt: at,
        call: {
          status: "completed",
          from: "+4917100000",
          to: "+4930123456",
          durationSeconds: 95,
          recordingUrl: "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1",
          transcript: "Ich möchte meine Adresse ändern.",
        },
      });
    const old = call(OLD, "CA-old");
    await ingestMessages(db, phone, [old]);
    await ingestMessages(db, phone, [call(YOUNG, "CA-young")]);
    await rules({ callRecordings: 30 });

    expect(await run()).toMatchObject({ counts: { callRecordings: 1 } });

    const items = await db
      .selectFrom("timeline_events")
      .select(["external_id", "body_text", "metadata"])
      .where("kind", "in", ["call", "voicemail"])
      .orderBy("occurred_at")
      .execute();
    expect(items[0]?.metadata.call).toEqual({
      status: "completed",
      from: "+4917100000",
      to: "+4930123456",
      durationSeconds: 95,
      recordingRemovedAt: NOW.toISOString(),
    });
    expect(items[0]?.body_text).toBe("");
    expect(items[1]?.metadata.call).toMatchObject({
      recordingUrl: "https://api.twilio.com/2010-04-01/Accounts/AC1/Recordings/RE1",
    });

    await ingestMessages(db, phone, [old]);
    const replayed = await db
      .selectFrom("timeline_events")
      .select("metadata")
      .where("external_id", "=", "CA-old")
      .executeTakeFirstOrThrow();
    expect(replayed.metadata.call).not.toHaveProperty("recordingUrl");
    expect(replayed.metadata.call).not.toHaveProperty("transcript");
  });
});

describe("the audit rule", () => {
  it("deletes old entries but keeps the record of the rules and of every run", async () => {
    const db = t.database.db;
    const entry = (action: string, at: Date) => ({
      at,
      actor_user_id: t.users.admin.id,
      action,
      subject_type: "customer",
      subject_id: null,
      details: "{}",
    });
    await db
      .insertInto("audit_log")
      .values([
        entry("customer.viewed", OLD),
        entry("customer.viewed", new Date("2021-01-01T00:00:00Z")),
        entry("settings.updated", new Date("2021-01-01T00:00:00Z")),
        entry("retention.applied", new Date("2021-01-01T00:00:00Z")),
        entry("customer.viewed", YOUNG),
      ])
      .execute();
    await rules({ auditEntries: 365 });

    expect(await run()).toMatchObject({ counts: { auditEntries: 2 } });

    const left = await db.selectFrom("audit_log").select(["action", "at"]).orderBy("at").execute();
    expect(left.slice(0, 3)).toEqual([
      { action: "settings.updated", at: new Date("2021-01-01T00:00:00Z") },
      { action: "retention.applied", at: new Date("2021-01-01T00:00:00Z") },
      { action: "customer.viewed", at: YOUNG },
    ]);
    expect(left.map((row) => row.action)).toContain("retention.applied");
  });
});

describe("runs on several instances", () => {
  it("lets one of two simultaneous runs work and answers the other busy, so nothing is done twice", async () => {
    const db = t.database.db;
    const connectorId = await insertConnector(db);
    for (let n = 0; n < 3; n++) await conversationOf(connectorId, { at: OLD });
    await rules({ resolvedConversations: 365 });

    const results = await Promise.all([run(), run()]);

    expect(results.map((result) => result.outcome).sort()).toEqual(["applied", "busy"]);
    expect(results.find((result) => result.outcome === "applied")).toMatchObject({
      counts: { resolvedConversations: 3, rawInboundEvents: 3 },
    });
    const audited = await db
      .selectFrom("audit_log")
      .select("id")
      .where("action", "=", "retention.applied")
      .execute();
    expect(audited).toHaveLength(1);
  });

  it("waits for another instance's run while its lease lasts and takes over once it has lapsed", async () => {
    const db = t.database.db;
    const connectorId = await insertConnector(db);
    const due = await conversationOf(connectorId, { at: OLD });
    await rules({ resolvedConversations: 365 });
    await db
      .insertInto("retention_runs")
      .values({
        trigger: "schedule",
        started_at: NOW,
        lease_until: new Date(NOW.getTime() + RETENTION_LEASE_MS),
      })
      .execute();

    expect(await run()).toEqual({ outcome: "busy" });
    expect((await contentOf(due.conversationId)).conversation.subject).toBe("Kündigung Konto 4711");

    const later = new Date(NOW.getTime() + RETENTION_LEASE_MS + 1);
    expect(await run(later)).toMatchObject({ outcome: "applied", counts: { resolvedConversations: 1 } });
    const runs = await db
      .selectFrom("retention_runs")
      .select(["error", "finished_at"])
      .orderBy("started_at")
      .execute();
    expect(runs).toEqual([
      { error: "abandoned: its instance stopped before finishing", finished_at: later },
      { error: null, finished_at: later },
    ]);
  });
});

describe("the admin's preview and run", () => {
  it("previews what edited rules would change, runs on demand, and shows the last run", async () => {
    const db = t.database.db;
    const connectorId = await insertConnector(db);
    await conversationOf(connectorId, { at: OLD });
    await conversationOf(connectorId, { at: OLD, tags: ["handelsbrief"] });
    const admin = t.caller("admin");
    const edited = {
      rules: { ...DEFAULT_RETENTION_SETTINGS.rules, resolvedConversations: 365 },
      duties: [letters],
    };

    expect(await admin.retention.preview(edited)).toEqual({
      rawInboundEvents: 0,
      resolvedConversations: 1,
      callRecordings: 0,
      auditEntries: 0,
    });
    expect(await admin.retention.lastRun()).toBeNull();
    // Previewing saves nothing: a run with the saved rules (keep everything) changes nothing.
    expect(await admin.retention.runNow()).toMatchObject({ counts: { resolvedConversations: 0 } });

    await admin.settings.saveRetention(edited);
    expect(await admin.retention.runNow()).toMatchObject({ counts: { resolvedConversations: 1 } });
    expect(await admin.retention.lastRun()).toMatchObject({
      trigger: "admin",
      counts: { resolvedConversations: 1 },
      error: null,
    });
    expect(await admin.retention.preview(edited)).toMatchObject({ resolvedConversations: 0 });
    const audited = await db
      .selectFrom("audit_log")
      .select(["actor_user_id"])
      .where("action", "=", "retention.applied")
      .execute();
    expect(audited).toEqual([{ actor_user_id: t.users.admin.id }, { actor_user_id: t.users.admin.id }]);
  });
});
