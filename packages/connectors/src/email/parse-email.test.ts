import { createHash } from "node:crypto";
import { inboundMessageSchema, replyTokenFor } from "@emma/core";
import { describe, expect, it } from "vitest";
import { extractAttachment } from "./email-attachments.ts";
import { emailConnector } from "./email-connector.ts";
import { parseEmail } from "./parse-email.ts";
import { mail } from "./test/mail.ts";
import { testConfig } from "./test/parse-config.ts";

const config = testConfig();
const parseOne = async (raw: Buffer) => {
  const [message] = await parseEmail(raw, config);
  if (!message) throw new Error("no message");
  return inboundMessageSchema.parse(message);
};
const customer = ["From: Anna Schmidt <Anna.Schmidt@example.de>", "To: Bank Service <service@bank.example>"];

describe("parseEmail", () => {
  it("maps a customer's mail", async () => {
    const message = await parseOne(
      mail(
        ...customer,
        "Subject: Karte gesperrt",
        "Date: Mon, 2 Nov 2026 09:15:00 +0100",
        "Message-ID: <A1@Mail.Example.DE>",
        "",
        "Hallo,",
        "meine Karte geht nicht.",
      ),
    );
    expect(message).toMatchObject({
      channel: "email",
      kind: "message",
      direction: "inbound",
      externalId: "A1@mail.example.de",
      threadKey: "A1@mail.example.de",
      occurredAt: new Date("2026-11-02T08:15:00Z"),
      author: { name: "Anna Schmidt", identities: [{ kind: "email", value: "Anna.Schmidt@example.de" }] },
      subject: "Karte gesperrt",
      text: "Hallo,\nmeine Karte geht nicht.",
      metadata: { messageId: "A1@mail.example.de", to: ["service@bank.example"], references: [] },
    });
    expect(message.automated).toBeUndefined();
    expect(message.metadata.malformed).toBeUndefined();
  });

  it("finds the reply token in the address and the subject token in the subject", async () => {
    const token = replyTokenFor("0b9d5a1e-7c44-4f6e-9a51-3e2f6c1d8a70");
    const message = await parseOne(
      mail(
        ...customer.slice(0, 1),
        `To: service+r-${token}@bank.example`,
        `Subject: AW: Karte [#EM-${token.slice(0, 8).toUpperCase()}]`,
        "Message-ID: <b@x.example>",
        "In-Reply-To: <outbox-1@bank.example>",
        "References: <root@x.example> <outbox-1@bank.example>",
        "",
        "Danke",
      ),
    );
    expect(message.threading).toEqual({
      replyToken: token,
      subjectToken: token.slice(0, 8),
      referencedIds: ["outbox-1@bank.example", "root@x.example"],
    });
    expect(message.threadKey).toBe("root@x.example");
  });

  it("reads our own sent mail as outbound, about its recipient", async () => {
    const message = await parseOne(
      mail(
        "From: Bank Service <SERVICE@bank.example>",
        "To: Anna <anna@example.de>",
        "Message-ID: <outbox-9@bank.example>",
        "",
        "Gern geschehen",
      ),
    );
    expect(message.direction).toBe("outbound");
    expect(message.author).toEqual({
      name: "Anna",
      identities: [{ kind: "email", value: "anna@example.de", display: "Anna" }],
    });
  });

  it("derives text from HTML-only mail and keeps the HTML raw", async () => {
    const message = await parseOne(
      mail(
        ...customer,
        "Content-Type: text/html; charset=utf-8",
        "",
        "<p>Guten Tag,</p><p>Konto &amp; Karte</p><script>x()</script>",
      ),
    );
    expect(message.text).toBe("Guten Tag,\nKonto & Karte");
    expect(message.html).toContain("<script>");
  });

  it("lists attachments with their digest, flags oversized ones, and extracts them", async () => {
    const raw = mail(
      ...customer,
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain",
      "",
      "Anbei",
      "--b",
      'Content-Type: application/pdf; name="auszug.pdf"',
      "Content-Transfer-Encoding: base64",
      "Content-ID: <logo@x>",
      "",
      Buffer.from("%PDF-1.4 test").toString("base64"),
      "--b--",
      "",
    );
    const message = await parseOne(raw);
    expect(message.attachments).toEqual([
      {
        filename: "auszug.pdf",
        contentType: "application/pdf",
        size: 13,
        contentId: "logo@x",
        sha256: createHash("sha256").update("%PDF-1.4 test").digest("hex"),
      },
    ]);
    const file = await extractAttachment(raw, 0);
    expect(file).toMatchObject({ filename: "auszug.pdf", contentType: "application/pdf" });
    expect(file.content.toString()).toBe("%PDF-1.4 test");
    await expect(extractAttachment(raw, 1)).rejects.toThrow(RangeError);
    const [small] = await parseEmail(raw, { ...config, maxMessageBytes: 10 });
    expect(small?.metadata).toMatchObject({ tooLarge: true, oversizedAttachments: [0] });
  });

  it("keeps a mail without From, Date or Message-ID, and says what was missing", async () => {
    const raw = mail(
      "Subject: ?",
      "Received: from x by mx.bank.example; Tue, 16 Feb 2021 00:57:06 +0000",
      "",
      "text",
    );
    const message = await parseOne(raw);
    expect(message.author.identities).toEqual([]);
    expect(message.externalId).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(message.occurredAt).toEqual(new Date("2021-02-16T00:57:06Z"));
    expect(message.metadata.malformed).toEqual([
      "no usable From address",
      "no usable Message-ID; the SHA-256 of the bytes identifies it",
      "no Date header",
    ]);
  });

  it("reads a header block that starts with a blank line as headers, attachments included", async () => {
    const raw = Buffer.concat([
      Buffer.from("\r\n \r\n"),
      mail(
        ...customer,
        "Subject: Kontoauszug",
        "Date: Tue, 3 Nov 2026 10:00:00 +0100",
        "Message-ID: <blank-first@example.de>",
        'Content-Type: multipart/mixed; boundary="b"',
        "",
        "--b",
        "Content-Type: text/plain",
        "",
        "Anbei der Auszug",
        "--b",
        'Content-Type: application/pdf; name="auszug.pdf"',
        "",
        "%PDF-1.4",
        "--b--",
      ),
    ]);
    const message = await parseOne(raw);
    expect(message).toMatchObject({
      externalId: "blank-first@example.de",
      occurredAt: new Date("2026-11-03T09:00:00Z"),
      author: { identities: [{ kind: "email", value: "Anna.Schmidt@example.de" }] },
      subject: "Kontoauszug",
      text: "Anbei der Auszug",
    });
    expect(message.metadata.malformed).toBeUndefined();
    expect((await extractAttachment(raw, 0)).filename).toBe("auszug.pdf");
  });

  it("refuses only what has no bytes, and only message/rfc822", async () => {
    await expect(parseEmail(Buffer.from(" \r\n"), config)).rejects.toThrow(/empty/);
    const stored = { contentType: "application/json", body: Buffer.from("{}"), headers: {} };
    await expect(emailConnector.parseStored(stored, { config })).rejects.toThrow(/cannot read/);
  });
});

describe("automated mail", () => {
  const classify = async (...headers: string[]) =>
    (await parseOne(mail(...headers, "Message-ID: <m@x.example>", "", "Ich bin bis Montag nicht im Büro.")))
      .automated;

  it("knows an out-of-office by Auto-Submitted (RFC 3834)", async () => {
    expect(await classify(...customer, "Subject: Abwesenheitsnotiz", "Auto-Submitted: auto-replied")).toEqual(
      {
        kind: "auto-reply",
        signals: ["Auto-Submitted: auto-replied"],
        failedMessageIds: [],
      },
    );
  });

  it("knows X-Autoreply and Precedence: auto_reply", async () => {
    expect(await classify(...customer, "X-Autoreply: yes")).toMatchObject({ kind: "auto-reply" });
    expect(await classify(...customer, "Precedence: auto_reply")).toMatchObject({
      kind: "auto-reply",
      signals: ["Precedence: auto_reply"],
    });
  });

  it("knows a MAILER-DAEMON bounce with an empty Return-Path, and the mail it returns", async () => {
    const automated = await classify(
      "Return-Path: <>",
      "From: Mail Delivery System <MAILER-DAEMON@mx.example.de>",
      "To: service@bank.example",
      "Subject: Undelivered Mail Returned to Sender",
      "In-Reply-To: <outbox-7@bank.example>",
    );
    expect(automated).toEqual({
      kind: "bounce",
      signals: ["From: MAILER-DAEMON@mx.example.de", "Return-Path: <>"],
      failedMessageIds: ["outbox-7@bank.example"],
    });
  });
});
