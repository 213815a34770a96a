import { replyTokenFor } from "@emma/core";
import { refuseRotation } from "../test-support/provider-context.ts";
import { afterEach, describe, expect, it } from "vitest";
import type { OutboundMessage } from "../connector.ts";
import type { EmailConfig } from "./email-config.ts";
import { emailConnector } from "./email-connector.ts";
import { parseEmail } from "./parse-email.ts";
import { freePort } from "./test/free-port.ts";
import { testConfig } from "./test/parse-config.ts";
import { selfSignedCertificate } from "./test/self-signed.ts";
import { startSmtpReceiver, type ReceiverOptions, type SmtpReceiver } from "./test/smtp-receiver.ts";

const conversationId = "0b9d5a1e-7c44-4f6e-9a51-3e2f6c1d8a70";
const replyToken = replyTokenFor(conversationId);
const reply: OutboundMessage = {
  outboxId: "7f3e2c1a-0000-4000-8000-000000000001",
  conversationId,
  channel: "email",
  visibility: "public",
  threadKey: "root@example.de",
  to: { name: "Anna Schmidt", identities: [{ kind: "email", value: "anna@example.de" }] },
  subject: "AW: Karte gesperrt",
  text: "Guten Tag Frau Schmidt,\nIhre Karte ist wieder frei.",
  html: "<p>Guten Tag Frau Schmidt,</p><p>Ihre Karte ist wieder frei.</p>",
  threadExternalIds: ["root@example.de", "second@example.de"],
  inReplyTo: "second@example.de",
  replyToken,
  quoted: {
    authorName: "Anna Schmidt",
    occurredAt: new Date("2026-11-20T08:15:00Z"),
    text: "Meine Karte ist gesperrt.",
  },
  locale: "de",
};

const certificate = selfSignedCertificate();
let receiver: SmtpReceiver | undefined;
afterEach(async () => {
  await receiver?.close();
  receiver = undefined;
});

async function sendVia(options: ReceiverOptions, message = reply, secrets = { imapPassword: "imap-pw" }) {
  receiver = await startSmtpReceiver(options);
  const user = options.login?.user;
  const config = testConfig({
    smtp: { host: "127.0.0.1", port: receiver.port, secure: false, ...(user ? { user } : {}) },
  });
  if (!emailConnector.send) throw new Error("email connector cannot send");
  return emailConnector.send(message, { config, secrets, saveSecrets: refuseRotation });
}

describe("send over SMTP", () => {
  it("sends a threaded reply that routes the answer back", async () => {
    const outcome = await sendVia({});
    expect(outcome).toEqual({ ok: true, externalId: `outbox-${reply.outboxId}@bank.example` });
    const raw = receiver?.received[0] ?? Buffer.alloc(0);
    const headers = raw.toString("utf8").split("\r\n\r\n")[0] ?? "";
    expect(headers).toContain(`Message-ID: <outbox-${reply.outboxId}@bank.example>`);
    expect(headers).toContain("In-Reply-To: <second@example.de>");
    expect(headers).toContain("References: <root@example.de> <second@example.de>");
    expect(headers).toContain(`Reply-To: service+r-${replyToken}@bank.example`);
    expect(headers).toMatch(/^From: Bank Service <service@bank\.example>$/m);
    expect(headers).toMatch(/^To: Anna Schmidt <anna@example\.de>$/m);
    expect(headers).toContain(`Subject: Re: Karte gesperrt [#EM-${replyToken.slice(0, 8).toUpperCase()}]`);

    // What we sent reads back as our own outbound mail in the same thread.
    const [copy] = await parseEmail(raw, testConfig());
    expect(copy).toMatchObject({
      direction: "outbound",
      externalId: `outbox-${reply.outboxId}@bank.example`,
      threadKey: "root@example.de",
      text: "Guten Tag Frau Schmidt,\nIhre Karte ist wieder frei.\n\nAm 20.11.2026, 09:15 schrieb Anna Schmidt:\n> Meine Karte ist gesperrt.\n",
      author: { identities: [{ kind: "email", value: "anna@example.de" }] },
    });
  });

  it("gives up on a 5xx answer in the server's words", async () => {
    const outcome = await sendVia({
      refuse: { code: 550, message: "5.1.1 <anna@example.de>: Recipient address rejected" },
    });
    expect(outcome).toEqual({
      ok: false,
      permanent: true,
      error: expect.stringMatching(/^550 5\.1\.1 <anna@example\.de>: Recipient address rejected/) as unknown,
    });
  });

  it("retries after a 4xx answer", async () => {
    const outcome = await sendVia({ refuse: { code: 451, message: "4.7.1 Greylisted, try again later" } });
    expect(outcome).toMatchObject({
      ok: false,
      permanent: false,
      error: expect.stringMatching(/451 4\.7\.1 Greylisted/) as unknown,
    });
  });

  it("retries a refused login, without the password in the error", async () => {
    const outcome = await sendVia({ login: { user: "mailer", pass: "right" } }, reply, {
      imapPassword: "wrong-pw-123",
    });
    expect(outcome).toMatchObject({
      ok: false,
      permanent: false,
      error: expect.stringMatching(/refused the login/) as unknown,
    });
    expect(JSON.stringify(outcome)).not.toContain("wrong-pw-123");
  });

  it("logs in with the IMAP password when SMTP has none of its own", async () => {
    expect(
      await sendVia({ login: { user: "mailer", pass: "right" } }, reply, { imapPassword: "right" }),
    ).toMatchObject({
      ok: true,
    });
  });

  it("retries when the server wants a login we are not configured for: ours to fix, not the reply's fault", async () => {
    receiver = await startSmtpReceiver({ login: { user: "mailer", pass: "right" } });
    const config = testConfig({ smtp: { host: "127.0.0.1", port: receiver.port, secure: false } });
    const outcome = await emailConnector.send?.(reply, {
      config,
      saveSecrets: refuseRotation,
      secrets: { imapPassword: "x" },
    });
    expect(outcome).toMatchObject({
      ok: false,
      permanent: false,
      error: expect.stringMatching(/^The SMTP server .* refused the login: 530/) as unknown,
    });
  });

  it("sends neither password nor mail to a server without TLS or STARTTLS unless allowed for a test setup", async () => {
    receiver = await startSmtpReceiver({ login: { user: "mailer", pass: "right" } });
    const config: EmailConfig = {
      ...testConfig({ smtp: { host: "127.0.0.1", port: receiver.port, secure: false, user: "mailer" } }),
      tls: { rejectUnauthorized: true, allowUnencrypted: false },
    };
    const outcome = await emailConnector.send?.(reply, {
      config,
      saveSecrets: refuseRotation,
      secrets: { imapPassword: "right" },
    });
    expect(outcome).toMatchObject({
      ok: false,
      permanent: false,
      error: expect.stringMatching(
        new RegExp(`^The SMTP server 127\\.0\\.0\\.1:${receiver.port} offers neither TLS nor STARTTLS`),
      ) as unknown,
    });
    expect(receiver.received).toEqual([]);
    expect(receiver.logins).toEqual([]);
  });

  it.runIf(certificate !== undefined)("sends over STARTTLS, login and mail encrypted", async () => {
    receiver = await startSmtpReceiver({ login: { user: "mailer", pass: "right" }, tls: certificate });
    const config: EmailConfig = {
      ...testConfig({ smtp: { host: "127.0.0.1", port: receiver.port, secure: false, user: "mailer" } }),
      // Required encryption; the self-signed test certificate is accepted, as an admin may for a test server.
      tls: { rejectUnauthorized: false, allowUnencrypted: false },
    };
    const outcome = await emailConnector.send?.(reply, {
      config,
      saveSecrets: refuseRotation,
      secrets: { imapPassword: "right" },
    });
    expect(outcome).toMatchObject({ ok: true });
    expect(receiver.encrypted).toEqual([true]);
  });

  it("cannot reply to a contact without an email address", async () => {
    const phoneOnly = { ...reply, to: { identities: [{ kind: "phone" as const, value: "+491701234567" }] } };
    expect(await sendVia({}, phoneOnly)).toEqual({
      ok: false,
      permanent: true,
      error: "This contact has no email address to send the reply to",
    });
    expect(receiver?.received).toEqual([]);
  });

  it("retries when the server cannot be reached", async () => {
    const config = testConfig({ smtp: { host: "127.0.0.1", port: await freePort(), secure: false } });
    const outcome = await emailConnector.send?.(reply, {
      config,
      saveSecrets: refuseRotation,
      secrets: { imapPassword: "x" },
    });
    expect(outcome).toMatchObject({
      ok: false,
      permanent: false,
      error: expect.stringMatching(/connection was refused/) as unknown,
    });
  });
});
