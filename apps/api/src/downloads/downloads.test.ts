import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ingest } from "../ingest/ingest.ts";
import { TEST_TOMBSTONE_KEY, createTestApp, memoryLogger, type TestApp } from "../test/test-app.ts";

let t: TestApp;
let url: string;
let mailItem: string;

const pdf = Buffer.from("%PDF-1.4 Kontoauszug März\n");
const raw = [
  "From: Jana Roth <jana.roth@kunde.example>",
  "To: service@bank.example",
  "Subject: Kontoauszug",
  "Message-ID: <att1@kunde.example>",
  "Date: Fri, 20 Nov 2026 09:15:00 +0100",
  "MIME-Version: 1.0",
  'Content-Type: multipart/mixed; boundary="b1"',
  "",
  "--b1",
  "Content-Type: text/plain; charset=utf-8",
  "",
  "Anbei der Auszug.",
  "--b1",
  'Content-Type: application/pdf; name="Kontoauszug März.pdf"',
  "Content-Transfer-Encoding: base64",
  "Content-Disposition: attachment; filename*=UTF-8''Kontoauszug%20M%C3%A4rz.pdf",
  "",
  pdf.toString("base64"),
  "--b1--",
  "",
].join("\r\n");

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  const created = await t.caller("admin").connectors.create({
    kind: "email",
    name: "Postfach",
    config: {
      imap: { host: "imap.bank.example", user: "service" },
      smtp: { host: "smtp.bank.example" },
      address: "service@bank.example",
      displayName: "Service",
      messageIdDomain: "bank.example",
    },
    secrets: { imapPassword: "not-used-here" },
  });
  await ingest(
    t.database.db,
    memoryLogger(),
    {
      connectorId: created.id,
      dedupeKey: "att1@kunde.example",
      contentType: "message/rfc822",
      headers: {},
      body: raw,
      receivedAt: new Date(),
    },
    TEST_TOMBSTONE_KEY,
  );
  const item = await t.database.db
    .selectFrom("timeline_events")
    .select(["id", "metadata"])
    .where("external_id", "=", "att1@kunde.example")
    .executeTakeFirstOrThrow();
  mailItem = item.id;
});
afterAll(() => t.close());

const get = (path: string, token: string | undefined) =>
  fetch(`${url}${path}`, token ? { headers: { authorization: `Bearer ${token}` } } : {});

describe("attachment downloads", () => {
  it("gives an agent the file from the kept raw mail, as a download under its own name", async () => {
    const response = await get(`/attachments/${mailItem}/0`, t.users.agent.token);
    expect(response.status).toBe(200);
    expect(Buffer.from(await response.arrayBuffer())).toEqual(pdf);
    expect(response.headers.get("content-disposition")).toContain(
      "filename*=UTF-8''Kontoauszug%20M%C3%A4rz.pdf",
    );
    expect(response.headers.get("content-security-policy")).toBe("sandbox");
    await t.app.services.readAudit.flush();
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", mailItem)
      .execute();
    expect(audit.map((a) => a.action)).toContain("attachment.downloaded");
  });

  it("refuses strangers and unknown attachments with a clear answer", async () => {
    expect((await get(`/attachments/${mailItem}/0`, undefined)).status).toBe(401);
    const missing = await get(`/attachments/${mailItem}/7`, t.users.agent.token);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: "not_found" } });
    expect(
      (await get(`/attachments/00000000-0000-4000-8000-000000000000/0`, t.users.agent.token)).status,
    ).toBe(404);
  });
});

describe("recordings", () => {
  it("are only fetched from Twilio's API, never from a URL a payload names", async () => {
    const created = await t.caller("admin").connectors.create({
      kind: "twilio-voice",
      name: "Hotline",
      config: { publicBaseUrl: "https://emma.bank.example", accountSid: `AC${"1b".repeat(16)}` },
      secrets: { authToken: "twilio-auth-token-for-tests" },
    });
    const event = await t.database.db
      .insertInto("timeline_events")
      .values({
        customer_id: (await t.database.db.selectFrom("customers").select("id").executeTakeFirstOrThrow()).id,
        origin_customer_id: (
          await t.database.db.selectFrom("customers").select("id").executeTakeFirstOrThrow()
        ).id,
        connector_id: created.id,
        channel: "phone",
        kind: "voicemail",
        direction: "inbound",
        occurred_at: new Date(),
        external_id: "CAforeign",
        metadata: JSON.stringify({
          call: {
            status: "no-answer",
            from: "+4915112345678",
            to: "+4930901820",
            recordingUrl: "http://169.254.169.254/x",
          },
        }),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const response = await get(`/recordings/${event.id}`, t.users.agent.token);
    expect(response.status).toBe(409);
    expect(await response.json()).toMatchObject({ error: { code: "foreign_url" } });
    expect((await get(`/recordings/${mailItem}`, t.users.agent.token)).status).toBe(404);
  });
});
