import { createHash, randomBytes } from "node:crypto";
import { extractAttachment, parseEmail } from "@emma/connectors";
import { mail, startSmtpReceiver, type SmtpReceiver } from "@emma/connectors/simulators";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { ingestRawMail } from "../../test/test-ingest.ts";

const MAILBOX = "service@bank.example";
let t: TestApp;
let smtp: SmtpReceiver;
let url: string;
let connectorId: string;
let conversationId: string;

beforeAll(async () => {
  [t, smtp] = await Promise.all([createTestApp({ fileMaxBytes: 64 * 1024 }), startSmtpReceiver()]);
  ({ url } = await t.app.listen(0));
  const created = await t.caller("admin").connectors.create({
    kind: "email",
    name: "Kundenservice",
    config: {
      // Never polled here (workers are off): the mail arrives through ingest below.
      imap: { host: "127.0.0.1", port: 1, secure: false, user: "service" },
      smtp: { host: "127.0.0.1", port: smtp.port, secure: false },
      address: MAILBOX,
      displayName: "Bank Kundenservice",
      messageIdDomain: "bank.example",
      tls: { allowUnencrypted: true },
    },
    secrets: { imapPassword: "unused" },
  });
  connectorId = created.id;
  await ingestRawMail(
    t.database.db,
    connectorId,
    mail(
      "From: Jana Roth <jana.roth@kunde.example>",
      `To: Bank Kundenservice <${MAILBOX}>`,
      `Cc: Berater Bernd <bernd@kanzlei.example>, ${MAILBOX.toUpperCase()}`,
      "Subject: Kontovollmacht",
      "Message-ID: <vollmacht-1@kunde.example>",
      "Date: Fri, 20 Nov 2026 09:15:00 +0100",
      "Content-Type: text/plain; charset=utf-8",
      "",
      "Guten Tag, mein Berater liest mit. Was brauchen Sie für die Vollmacht?",
    ),
  );
  const row = await t.database.db
    .selectFrom("conversations")
    .select("id")
    .where("connector_id", "=", connectorId)
    .executeTakeFirstOrThrow();
  conversationId = row.id;
}, 60_000);
afterAll(async () => {
  await t.close();
  await smtp.close();
});

function upload(body: Buffer | string, headers: Record<string, string>) {
  return fetch(`${url}/uploads`, { method: "POST", headers, body });
}
const agentAuth = () => ({ authorization: `Bearer ${t.users.agent.token}` });

describe("the e-mail composer's reply", () => {
  it("offers the customer in To and the mail's Cc without our own mailbox", async () => {
    const detail = await t.caller("agent").conversations.get({ conversationId });
    expect(detail.mailRecipients).toEqual({
      to: [{ address: "jana.roth@kunde.example", name: "Jana Roth" }],
      cc: [{ address: "bernd@kanzlei.example" }],
    });
  });

  it("sends To, Cc, a hidden Bcc, a file and formatting that the SMTP server receives intact", async () => {
    const file = randomBytes(20_000);
    const uploaded = await upload(file, { ...agentAuth(), "content-type": "application/pdf" });
    expect(uploaded.status).toBe(201);
    const kept = (await uploaded.json()) as { sha256: string; size: number; contentType: string };
    expect(kept).toEqual({
      sha256: createHash("sha256").update(file).digest("hex"),
      size: file.length,
      contentType: "application/pdf",
    });

    const reply = await t.caller("agent").conversations.reply({
      conversationId,
      text: "Guten Tag,\n\nbitte senden Sie uns die **unterschriebene** Vollmacht:\n\n- Seite 1\n- [Formular](https://bank.example/vollmacht)",
      format: "markdown",
      idempotencyKey: "composer-reply-1",
      recipients: {
        to: [{ address: "jana.roth@kunde.example", name: "Jana Roth" }],
        cc: [{ address: "bernd@kanzlei.example", name: "Berater Bernd" }],
        bcc: [{ address: "revision@bank.example" }],
      },
      attachments: [{ ...kept, filename: "Vollmacht.pdf" }],
    });
    await t.app.services.outbox.drain();
    expect(smtp.received).toHaveLength(1);
    const raw = smtp.received[0] ?? Buffer.alloc(0);
    const headers = raw.toString("utf8").split(/\r?\n\r?\n/)[0] ?? "";
    expect(headers).toMatch(/^To: Jana Roth <jana\.roth@kunde\.example>$/m);
    expect(headers).toMatch(/^Cc: Berater Bernd <bernd@kanzlei\.example>$/m);
    expect(raw.toString("utf8")).not.toMatch(/^Bcc:/im);
    expect(raw.toString("utf8")).not.toContain("revision@bank.example");
    expect(smtp.envelopes[0]?.to.sort()).toEqual([
      "bernd@kanzlei.example",
      "jana.roth@kunde.example",
      "revision@bank.example",
    ]);
    expect(raw.toString("utf8")).toMatch(/multipart\/alternative/);

    const received = await parseEmail(raw, { address: MAILBOX, maxMessageBytes: 10_000_000 });
    expect(received[0]?.html).toContain("<strong>unterschriebene</strong>");
    expect(received[0]?.text).toContain("bitte senden Sie uns die *unterschriebene* Vollmacht:");
    expect(received[0]?.text).toContain("- Formular <https://bank.example/vollmacht>");
    const attachment = await extractAttachment(raw, 0);
    expect(attachment.filename).toBe("Vollmacht.pdf");
    expect(createHash("sha256").update(attachment.content).digest("hex")).toBe(kept.sha256);

    const detail = await t.caller("agent").conversations.get({ conversationId });
    const item = detail.items.find((one) => one.id === reply.eventId);
    expect(item?.html).toContain("<strong>unterschriebene</strong>");
    expect(item?.kind === "message" ? item.metadata : null).toMatchObject({
      recipients: { bcc: [{ address: "revision@bank.example" }] },
      attachments: [{ filename: "Vollmacht.pdf", size: file.length, sha256: kept.sha256 }],
    });
    // Shown on the timeline and downloadable through the same route as a customer's files.
    const download = await fetch(`${url}/attachments/${reply.eventId}/0`, { headers: agentAuth() });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(file)).toBe(true);
  });

  it("refuses a file that was never uploaded, and queues nothing", async () => {
    const before = await t.database.db.selectFrom("outbox").select("id").execute();
    await expect(
      t.caller("agent").conversations.reply({
        conversationId,
        text: "Anbei.",
        idempotencyKey: "composer-reply-missing-file",
        attachments: [{ sha256: "f".repeat(64), filename: "a.pdf", contentType: "application/pdf", size: 3 }],
      }),
    ).rejects.toThrow('"a.pdf" was not uploaded completely; attach it again');
    expect(await t.database.db.selectFrom("outbox").select("id").execute()).toHaveLength(before.length);
  });

  it("refuses recipients that are no addresses, at the field", async () => {
    await expect(
      t.caller("agent").conversations.reply({
        conversationId,
        text: "Hallo",
        idempotencyKey: "composer-reply-bad-cc",
        recipients: {
          to: [{ address: "jana.roth@kunde.example" }],
          cc: [{ address: "bernd at kanzlei" }],
          bcc: [],
        },
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("uploads for replies", () => {
  it("refuses a caller without a session", async () => {
    const response = await upload("x", { "content-type": "text/plain" });
    expect(response.status).toBe(401);
    expect(await response.json()).toEqual({
      error: { code: "unauthenticated", message: "Sign in to upload files" },
    });
  });

  it("refuses a file over the size limit before keeping anything", async () => {
    const big = randomBytes(64 * 1024 + 1);
    const response = await upload(big, { ...agentAuth(), "content-type": "application/pdf" });
    expect(response.status).toBe(413);
    expect(((await response.json()) as { error: { message: string } }).error.message).toBe(
      "The file is larger than 0.1 MB, the most one reply's file may be",
    );
    const kept = await t.database.db
      .selectFrom("kept_files")
      .select("sha256")
      .where("sha256", "=", createHash("sha256").update(big).digest("hex"))
      .execute();
    expect(kept).toEqual([]);
  });

  it("refuses a body that is no single file, and an empty one", async () => {
    const form = await upload("--x\r\n\r\nhi\r\n--x--", {
      ...agentAuth(),
      "content-type": "multipart/form-data; boundary=x",
    });
    expect(form.status).toBe(415);
    const untyped = await upload("hi", { ...agentAuth(), "content-type": "pdf" });
    expect(untyped.status).toBe(415);
    const empty = await upload("", { ...agentAuth(), "content-type": "text/plain" });
    expect(empty.status).toBe(400);
  });
});
