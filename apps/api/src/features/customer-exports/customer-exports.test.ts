import { createHash } from "node:crypto";
import { customerExportSchema, type CustomerExport } from "@emma/core";
import { TRPCError } from "@trpc/server";
import { strFromU8, unzipSync } from "fflate";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { postgresOnly } from "../../test/postgres-only.ts";
import { createTestApp, memoryLogger, type TestApp } from "../../test/test-app.ts";
import {
  createTestConnector,
  createTestMailbox,
  ingestMessages,
  ingestRawMail,
  message,
} from "../../test/test-ingest.ts";
import { claimExport } from "./claim-export.ts";
import { ExportWorker } from "./export-worker.ts";

let t: TestApp;
let url: string;
/** Jana's record; her phone record and an old web-form record were merged into it, one through the other. */
let jana: string;
let janaPhone: string;
let janaOld: string;

const pdf = Buffer.from("%PDF-1.4 Kontoauszug März\n");
/** A file Emma keeps itself (fetched from a link or uploaded), not cut from a mail. */
const photo = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10]);
const photoSha = createHash("sha256").update(photo).digest("hex");
const mail = [
  "From: Jana Roth <jana.roth@kunde.example>",
  "To: service@bank.example",
  "Subject: Kontoauszug",
  "Message-ID: <exp1@kunde.example>",
  "Date: Fri, 20 Nov 2026 09:15:00 +0100",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Anbei der Auszug. <b>fett</b>",
  "--b1",
  'Content-Type: application/pdf; name="Kontoauszug.pdf"',
  "Content-Transfer-Encoding: base64",
  'Content-Disposition: attachment; filename="Kontoauszug.pdf"',
  "",
  pdf.toString("base64"),
  "--b1--",
  "",
].join("\r\n");

const customerOf = async (externalId: string) =>
  (
    await t.database.db
      .selectFrom("timeline_events")
      .select("customer_id")
      .where("external_id", "=", externalId)
      .executeTakeFirstOrThrow()
  ).customer_id ?? "";

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  const db = t.database.db;
  const mailbox = await createTestMailbox(db);
  await ingestRawMail(db, mailbox, Buffer.from(mail));
  jana = await customerOf("exp1@kunde.example");
  const pbx = await createTestConnector(db, "emma-inbound", "Telefonanlage");
  await ingestMessages(db, pbx, [
    message("phone", {
      externalId: "call-jana-1",
      author: { name: "Jana R.", identities: [{ kind: "phone", value: "+4917155500011" }] },
      call: {
        status: "completed",
        from: "+4917155500011",
        to: "+4930123456",
        durationSeconds: 95,
        recordingUrl: "https://pbx.bank.example/recordings/call-jana-1.mp3",
      },
    }),
  ]);
  janaPhone = await customerOf("call-jana-1");
  await db
    .insertInto("kept_files")
    .values({
      sha256: photoSha,
      content: photo,
      content_type: "image/jpeg",
      size: photo.length,
      fetched_at: new Date(),
    })
    .execute();
  const form = await createTestConnector(db, "emma-inbound", "Webformular");
  await ingestMessages(db, form, [
    message("email", {
      externalId: "form-jana-1",
      author: { name: "J. Roth", identities: [{ kind: "email", value: "j.roth@alt.example" }] },
      text: "Adresse geändert",
      attachments: [
        { filename: "Ausweis.jpg", contentType: "image/jpeg", size: photo.length, sha256: photoSha },
      ],
    }),
  ]);
  janaOld = await customerOf("form-jana-1");
  const supervisor = t.caller("supervisor");
  await supervisor.merges.merge({
    survivorId: janaPhone,
    absorbedId: janaOld,
    reason: "same person",
    confirmedDifferences: ["displayName"],
  });
  await supervisor.merges.merge({
    survivorId: jana,
    absorbedId: janaPhone,
    reason: "same person",
    confirmedDifferences: ["displayName"],
  });
  await supervisor.consents.record({
    customerId: jana,
    channel: "email",
    purpose: "marketing",
    state: "withdrawn",
    how: "letter",
    note: "Brief vom 3.11.",
  });
  await db
    .insertInto("customer_products")
    .values({
      customer_id: janaOld,
      origin_customer_id: janaOld,
      kind: "account",
      name: "Girokonto",
      reference: "DE02 1203 0000 0000 2020 51",
      balance_minor: 123456,
      currency: "EUR",
      source_system: "core-banking",
      external_id: "acc-1",
      details: JSON.stringify({}),
      synced_at: new Date(),
    })
    .execute();
});
afterAll(() => t.close());

const download = (id: string, token: string) =>
  fetch(`${url}/customer-exports/${id}`, { headers: { authorization: `Bearer ${token}` } });

async function exportOf(id: string) {
  const response = await download(id, t.users.supervisor.token);
  expect(response.status).toBe(200);
  expect(response.headers.get("content-type")).toBe("application/zip");
  const files = unzipSync(new Uint8Array(await response.arrayBuffer()));
  const data: CustomerExport = customerExportSchema.parse(
    JSON.parse(strFromU8(files["export.json"] ?? new Uint8Array())),
  );
  return { files, data };
}

describe("customer data export", () => {
  it("puts everything of the person into one ZIP: every merged record's items, identities, holdings, consents, files and who looked", async () => {
    const started = await t.caller("supervisor").customerExports.start({
      customerId: janaOld,
      language: "de",
      timeZone: "Europe/Berlin",
    });
    expect((await t.caller("supervisor").customerExports.list({ customerId: jana }))[0]).toMatchObject({
      id: started.id,
      status: "queued",
      requestedBy: "Test supervisor",
    });
    await t.app.services.exports.drain();
    const [listed] = await t.caller("supervisor").customerExports.list({ customerId: jana });
    // Three messages and the two merges' items.
    expect(listed).toMatchObject({ status: "done", progress: { done: 5, total: 5 }, error: null });
    expect(Date.parse(listed?.expiresAt ?? "")).toBeGreaterThan(Date.now() + 6 * 24 * 3600_000);

    const { files, data } = await exportOf(started.id);
    expect(data.customer).toMatchObject({ id: jana, displayName: "Jana Roth" });
    expect(data.mergedRecords.map((r) => r.id).sort()).toEqual([janaOld, janaPhone].sort());
    expect(data.identities.map((i) => i.value).sort()).toEqual(
      ["+4917155500011", "j.roth@alt.example", "jana.roth@kunde.example"].sort(),
    );
    expect(data.identities.find((i) => i.kind === "phone")?.firstSeenBy).toBe("Telefonanlage");
    expect(data.holdings).toEqual([expect.objectContaining({ name: "Girokonto", balanceMinor: 123456 })]);
    expect(data.consents).toEqual([
      expect.objectContaining({ purpose: "marketing", state: "withdrawn", recordedBy: "Test supervisor" }),
    ]);
    const items = data.conversations.flatMap((c) => c.items);
    expect(items.map((i) => i.kind).sort()).toEqual(["call", "merge", "merge", "message", "message"]);
    expect(items.map((i) => i.text)).toEqual(
      expect.arrayContaining([expect.stringContaining("Anbei der Auszug"), "Adresse geändert"]),
    );
    const call = items.find((i) => i.kind === "call");
    expect(call?.call).toMatchObject({
      durationSeconds: 95,
      recordingUrl: "https://pbx.bank.example/recordings/call-jana-1.mp3",
    });
    const attachments = items.flatMap((i) => i.attachments);
    const mailPart = attachments.find((a) => a.filename === "Kontoauszug.pdf");
    expect(mailPart).toMatchObject({ contentType: "application/pdf", absence: null });
    expect(Buffer.from(files[mailPart?.file ?? ""] ?? [])).toEqual(pdf);
    const kept = attachments.find((a) => a.filename === "Ausweis.jpg");
    expect(Buffer.from(files[kept?.file ?? ""] ?? [])).toEqual(photo);
    expect(data.access.map((a) => a.action)).toEqual(
      expect.arrayContaining(["customer.merged", "customer.exported"]),
    );

    expect(JSON.parse(strFromU8(files["export.schema.json"] ?? new Uint8Array()))).toMatchObject({
      description: "Emma's customer data export (GDPR Art. 15 and 20)",
    });
    const html = strFromU8(files["Auskunft.html"] ?? new Uint8Array());
    expect(html).toContain("Jana Roth");
    expect(html).toContain("Kontoauszug.pdf");
    expect(html).toContain("Aufzeichnung: https://pbx.bank.example/recordings/call-jana-1.mp3");
  });

  it("puts the export and its download on record", async () => {
    const { id } = await t
      .caller("admin")
      .customerExports.start({ customerId: jana, language: "en", timeZone: "UTC" });
    await t.app.services.exports.drain();
    await exportOf(id);
    const entries = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "customer_id", "details"])
      .where("action", "in", ["customer.exported", "customer.exportDownloaded"])
      .where(sql<string>`details ->> 'exportId'`, "=", id)
      .orderBy("id")
      .execute();
    expect(entries).toEqual([
      expect.objectContaining({
        action: "customer.exported",
        actor_user_id: t.users.admin.id,
        customer_id: jana,
      }),
      expect.objectContaining({
        action: "customer.exportDownloaded",
        actor_user_id: t.users.supervisor.id,
        customer_id: jana,
      }),
    ]);
  });

  it("refuses an agent: neither starting an export nor downloading one", async () => {
    await expect(
      t
        .caller("agent")
        .customerExports.start({ customerId: jana, language: "de", timeZone: "Europe/Berlin" }),
    ).rejects.toSatisfy((error) => error instanceof TRPCError && error.code === "FORBIDDEN");
    const [done] = await t.caller("supervisor").customerExports.list({ customerId: jana });
    expect((await download(done?.id ?? "", t.users.agent.token)).status).toBe(403);
  });

  it("marks an export that cannot be made failed, with the reason the console shows", async () => {
    const { id } = await t.caller("supervisor").customerExports.start({
      customerId: jana,
      language: "de",
      timeZone: "Europe/Berlin",
    });
    const small = new ExportWorker(t.database.db, memoryLogger(), {
      now: () => new Date(),
      maxBytes: 1024,
      paused: true,
    });
    await small.drain();
    const listed = (await t.caller("supervisor").customerExports.list({ customerId: jana })).find(
      (e) => e.id === id,
    );
    expect(listed).toMatchObject({ status: "failed", bytes: null });
    expect(listed?.error).toMatch(
      /^The export is [\d.]+ MB, more than the 0\.0 MB Emma keeps for a download$/,
    );
    expect((await download(id, t.users.supervisor.token)).status).toBe(409);
  });

  it("deletes the file once the export expires, and says so to whoever asks for it", async () => {
    const [latestDone] = (await t.caller("supervisor").customerExports.list({ customerId: jana })).filter(
      (e) => e.status === "done",
    );
    const later = new ExportWorker(t.database.db, memoryLogger(), {
      now: () => new Date(Date.now() + 8 * 24 * 3600_000),
      maxBytes: 1024 * 1024,
      paused: true,
    });
    await later.drain();
    const row = await t.database.db
      .selectFrom("customer_exports")
      .select(["status", "result"])
      .where("id", "=", latestDone?.id ?? "")
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: "expired", result: null });
    expect((await download(latestDone?.id ?? "", t.users.supervisor.token)).status).toBe(410);
  });

  it.runIf(postgresOnly("a claim that skips an export another instance is claiming"))(
    "lets two instances make two exports at once, never the same one",
    async () => {
      const start = () =>
        t.caller("supervisor").customerExports.start({ customerId: jana, language: "de", timeZone: "UTC" });
      const first = await start();
      const second = await start();
      await t.database.db
        .transaction()
        .execute(async (trx) => {
          const mine = await claimExport(trx, new Date());
          const theirs = await claimExport(t.database.db, new Date());
          expect([mine?.id, theirs?.id]).toEqual([first.id, second.id]);
          throw new Rollback();
        })
        .catch((error: unknown) => {
          if (!(error instanceof Rollback)) throw error;
        });
      await t.app.services.exports.drain();
    },
  );
});

class Rollback extends Error {}
