import type { DovecotServer, SmtpReceiver } from "@emma/connectors/simulators";
import type { TestApp } from "./test-app.ts";

/** The bank's service mailbox, connected as an admin does, to the test's own Dovecot and SMTP receiver. */
export async function connectRealMailbox(
  t: TestApp,
  servers: { imap: DovecotServer; smtp: SmtpReceiver },
): Promise<string> {
  const created = await t.caller("admin").connectors.create({
    kind: "email",
    name: "Kundenservice",
    config: {
      imap: { host: "127.0.0.1", port: servers.imap.port, secure: false, user: servers.imap.user },
      smtp: { host: "127.0.0.1", port: servers.smtp.port, secure: false },
      address: "service@bank.example",
      displayName: "Bank Kundenservice",
      messageIdDomain: "bank.example",
      // The test's Dovecot and SMTP receiver speak cleartext on 127.0.0.1.
      tls: { allowUnencrypted: true },
    },
    secrets: { imapPassword: servers.imap.password },
  });
  return created.id;
}
