import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { refuseRotation } from "../test-support/provider-context.ts";
import type { PolledBatch } from "../connector.ts";
import type { EmailConfig } from "./email-config.ts";
import { dedupeKeyOf } from "./dedupe-key.ts";
import { emailConnector } from "./email-connector.ts";
import { startDovecot, whyNoDovecot, type DovecotServer } from "./test/dovecot.ts";
import { mail } from "./test/mail.ts";
import { freePort } from "./test/free-port.ts";
import { deliver, recreateMailbox } from "./test/imap-admin.ts";
import { testConfig } from "./test/parse-config.ts";
import { selfSignedCertificate } from "./test/self-signed.ts";
import { startSmtpReceiver } from "./test/smtp-receiver.ts";

const skipped = whyNoDovecot();
if (skipped) console.warn(`email IMAP tests skipped: ${skipped}`);

const letter = (n: number, id = `<m${n}@example.de>`) =>
  mail(
    "From: anna@example.de",
    "To: service@bank.example",
    `Message-ID: ${id}`,
    `Subject: Brief ${n}`,
    "",
    `Text ${n}`,
    "",
  );

describe.skipIf(skipped !== undefined)("the email connector against Dovecot", () => {
  let server: DovecotServer;
  beforeAll(async () => {
    server = await startDovecot();
  }, 30_000);
  afterAll(async () => server.stop());

  const configFor = (mailbox: string, imap: Partial<EmailConfig["imap"]> = {}) =>
    testConfig({
      imap: { host: "127.0.0.1", port: server.port, secure: false, mailbox, user: server.user, ...imap },
    });
  const poll = (config: EmailConfig, cursor: unknown, limit = 10, password = server.password) => {
    if (!emailConnector.poll) throw new Error("email connector cannot poll");
    const signal = AbortSignal.timeout(20_000);
    return emailConnector.poll({
      config,
      saveSecrets: refuseRotation,
      secrets: { imapPassword: password },
      cursor,
      limit,
      signal,
    });
  };
  const keys = (batch: PolledBatch) => batch.deliveries.map((delivery) => delivery.dedupeKey);

  it("delivers new mail once, in order, whole, and continues after the cursor", async () => {
    await recreateMailbox(server, "Poll");
    const anonymous = mail("From: bert@example.de", "Subject: ohne ID", "", "Text", "");
    await deliver(server, "Poll", letter(1), letter(2), anonymous);
    const config = configFor("Poll");

    const first = await poll(config, null, 2);
    expect(keys(first)).toEqual([dedupeKeyOf(letter(1)), dedupeKeyOf(letter(2))]);
    expect(first.more).toBe(true);
    expect(first.deliveries[0]).toMatchObject({ contentType: "message/rfc822", body: letter(1) });
    const second = await poll(config, first.cursor, 2);
    expect(keys(second)).toEqual([dedupeKeyOf(anonymous)]);
    expect(second.more).toBe(false);
    const idle = await poll(config, second.cursor);
    expect(idle.deliveries).toEqual([]);
    expect(idle.cursor).toEqual(second.cursor);

    await deliver(server, "Poll", letter(4));
    expect(keys(await poll(config, idle.cursor))).toEqual([dedupeKeyOf(letter(4))]);
  });

  it("stores a mail over the size limit as its headers and text, naming the files left on the server", async () => {
    await recreateMailbox(server, "Big");
    const big = mail(
      "From: Anna Roth <anna@example.de>",
      "To: service@bank.example",
      "Message-ID: <big1@example.de>",
      "Subject: Scans",
      "MIME-Version: 1.0",
      'Content-Type: multipart/mixed; boundary="b"',
      "",
      "--b",
      "Content-Type: text/plain; charset=utf-8",
      "Content-Transfer-Encoding: quoted-printable",
      "",
      "Anbei die Unterlagen f=C3=BCr den Kredit.",
      "--b",
      'Content-Type: application/pdf; name="Gehaltsnachweis.pdf"',
      'Content-Disposition: attachment; filename="Gehaltsnachweis.pdf"',
      "Content-Transfer-Encoding: base64",
      "",
      Buffer.alloc(300_000, 7)
        .toString("base64")
        .replace(/(.{76})/g, "$1\r\n"),
      "--b--",
      "",
    );
    await deliver(server, "Big", big);
    const config = { ...configFor("Big"), maxMessageBytes: 100_000 };
    const [delivery] = (await poll(config, null)).deliveries;
    // Polled again (a lost cursor), the cut-down copy is the same bytes: stored once.
    expect(keys(await poll(config, null))).toEqual([delivery?.dedupeKey]);
    expect(delivery?.body.length).toBeLessThan(5_000);
    const [message] = await emailConnector.parseStored(
      { contentType: "message/rfc822", body: delivery?.body ?? Buffer.alloc(0), headers: {} },
      { config },
    );
    expect(message?.text).toContain("Anbei die Unterlagen für den Kredit.");
    expect(message?.text).toContain("Gehaltsnachweis.pdf");
    expect(message?.attachments).toEqual([]);
    expect(message?.metadata.storedWithoutAttachments).toEqual({ originalSize: big.length });
    expect(message?.author.identities).toEqual([
      { kind: "email", value: "anna@example.de", display: "Anna Roth" },
    ]);
  });

  it("starts over when UIDVALIDITY changes", async () => {
    await recreateMailbox(server, "Renumbered");
    await deliver(server, "Renumbered", letter(5));
    const config = configFor("Renumbered");
    const before = await poll(config, null);
    await recreateMailbox(server, "Renumbered");
    await deliver(server, "Renumbered", letter(6), letter(7));
    const after = await poll(config, before.cursor);
    expect(keys(after)).toEqual([dedupeKeyOf(letter(6)), dedupeKeyOf(letter(7))]);
    expect(after.cursor).not.toMatchObject({
      uidValidity: (before.cursor as { uidValidity: string }).uidValidity,
    });
  });

  it("says clearly when the password is wrong, without the password", async () => {
    const wrong = "not-the-Password-42";
    const failure = poll(configFor("INBOX"), null, 10, wrong);
    await expect(failure).rejects.toThrow(/refused the login of "support"/);
    await expect(failure).rejects.not.toThrow(wrong);
  });

  it("says clearly when nobody listens, or the mailbox does not exist", async () => {
    const closed = configFor("INBOX", { port: await freePort() });
    await expect(poll(closed, null)).rejects.toThrow(
      /Cannot reach the IMAP server 127\.0\.0\.1:\d+: the connection was refused/,
    );
    await expect(poll(configFor("Nowhere"), null)).rejects.toThrow(/mailbox "Nowhere" does not exist/);
  });

  it("stops when the poller aborts, with the abort's reason", async () => {
    const pollWith = (signal: AbortSignal) =>
      emailConnector.poll?.({
        config: configFor("INBOX"),
        saveSecrets: refuseRotation,
        secrets: { imapPassword: server.password },
        cursor: null,
        limit: 5,
        signal,
      });
    await expect(pollWith(AbortSignal.abort(new Error("poller stopped")))).rejects.toThrow("poller stopped");
    const controller = new AbortController();
    const running = pollWith(controller.signal);
    controller.abort(new Error("shutting down"));
    await expect(running).rejects.toThrow("shutting down");
  });

  it("watches with IDLE: calls onChange soon after new mail, ends on abort", async () => {
    await recreateMailbox(server, "Watched");
    const controller = new AbortController();
    let changes = 0;
    const watching = emailConnector.watch?.(
      {
        config: configFor("Watched"),
        saveSecrets: refuseRotation,
        secrets: { imapPassword: server.password },
        signal: controller.signal,
      },
      () => changes++,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    const delivered = Date.now();
    await deliver(server, "Watched", letter(8));
    await expect.poll(() => changes, { timeout: 5_000, interval: 50 }).toBeGreaterThan(0);
    expect(Date.now() - delivered).toBeLessThan(3_000);
    controller.abort();
    await expect(watching).resolves.toBeUndefined();
  });

  it("rejects the watch when the server drops the connection", async () => {
    const controller = new AbortController();
    const watching = emailConnector.watch?.(
      {
        config: configFor("INBOX"),
        saveSecrets: refuseRotation,
        secrets: { imapPassword: server.password },
        signal: controller.signal,
      },
      () => undefined,
    );
    await new Promise((resolve) => setTimeout(resolve, 500));
    server.kick();
    await expect(watching).rejects.toThrow(/connection to 127\.0\.0\.1:\d+ closed/);
  });

  it("refuses a server without TLS or STARTTLS, naming it, unless cleartext is allowed for a test setup", async () => {
    const config: EmailConfig = {
      ...configFor("INBOX"),
      tls: { rejectUnauthorized: true, allowUnencrypted: false },
    };
    const refusal = new RegExp(`IMAP server 127\\.0\\.0\\.1:${server.port} offers neither TLS nor STARTTLS`);
    await expect(poll(config, null)).rejects.toThrow(refusal);
    const health = await emailConnector.checkHealth?.({
      config,
      saveSecrets: refuseRotation,
      secrets: { imapPassword: server.password },
    });
    expect(health).toMatchObject({ ok: false, error: expect.stringMatching(refusal) as unknown });
    expect(JSON.stringify(health)).not.toContain(server.password);
  });

  it("checks health: mailbox status and SMTP login, or what is wrong", async () => {
    const smtp = await startSmtpReceiver({ login: { user: "mailer", pass: "smtp-secret-1" } });
    try {
      const config = {
        ...configFor("INBOX"),
        smtp: { host: "127.0.0.1", port: smtp.port, secure: false, user: "mailer" },
      };
      const good = await emailConnector.checkHealth?.({
        config,
        saveSecrets: refuseRotation,
        secrets: { imapPassword: server.password, smtpPassword: "smtp-secret-1" },
      });
      expect(good).toMatchObject({
        ok: true,
        detail: expect.stringMatching(
          /"INBOX" holds \d+ messages.*accepted the login of "mailer"/,
        ) as unknown,
      });
      const bad = await emailConnector.checkHealth?.({
        config,
        saveSecrets: refuseRotation,
        secrets: { imapPassword: "wrong-imap-pw", smtpPassword: "wrong-smtp-pw" },
      });
      expect(bad).toMatchObject({
        ok: false,
        error: expect.stringMatching(/IMAP .* refused the login.*SMTP .* refused the login/) as unknown,
      });
      expect(JSON.stringify(bad)).not.toMatch(/wrong-imap-pw|wrong-smtp-pw/);
    } finally {
      await smtp.close();
    }
  });
});

const certificate = skipped === undefined ? selfSignedCertificate() : undefined;

describe.runIf(certificate !== undefined)("the email connector against Dovecot with STARTTLS", () => {
  let server: DovecotServer;
  beforeAll(async () => {
    server = await startDovecot({ tls: certificate });
  }, 30_000);
  afterAll(async () => server.stop());

  const pollWith = (tls: EmailConfig["tls"]) => {
    if (!emailConnector.poll) throw new Error("email connector cannot poll");
    const config = testConfig({
      imap: { host: "127.0.0.1", port: server.port, secure: false, mailbox: "INBOX", user: server.user },
      tls,
    });
    const secrets = { imapPassword: server.password };
    return emailConnector.poll({
      config,
      secrets,
      saveSecrets: refuseRotation,
      cursor: null,
      limit: 10,
      signal: AbortSignal.timeout(20_000),
    });
  };

  it("logs in and fetches only after upgrading the connection, when encryption is required", async () => {
    await deliver(server, "INBOX", letter(7));
    // The self-signed test certificate is accepted, as an admin may for a test server.
    const batch = await pollWith({ rejectUnauthorized: false, allowUnencrypted: false });
    expect(batch.deliveries.map((delivery) => delivery.dedupeKey)).toEqual([dedupeKeyOf(letter(7))]);
  });

  it("refuses a certificate that does not verify, saying so", async () => {
    await expect(pollWith({ rejectUnauthorized: true, allowUnencrypted: false })).rejects.toThrow(
      /TLS handshake with the IMAP server 127\.0\.0\.1:\d+ failed/,
    );
  });
});
