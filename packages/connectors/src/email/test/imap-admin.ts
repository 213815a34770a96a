import { ImapFlow } from "imapflow";
import type { DovecotServer } from "./dovecot.ts";

/** A second IMAP session, playing the world: delivers mail and reshapes mailboxes behind the connector's back. */
export async function asAdmin<T>(server: DovecotServer, work: (client: ImapFlow) => Promise<T>): Promise<T> {
  const client = new ImapFlow({
    host: "127.0.0.1",
    port: server.port,
    secure: false,
    // Our own test server: STARTTLS where it offers it, with its self-signed certificate.
    tls: { rejectUnauthorized: false },
    auth: { user: server.user, pass: server.password },
    logger: false,
    disableAutoIdle: true,
  });
  // A dropped connection is also an "error" event; without a listener it would end the process.
  // The failure still reaches the caller through the rejected command.
  client.on("error", () => undefined);
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.logout();
  }
}

export async function deliver(server: DovecotServer, mailbox: string, ...mails: Buffer[]): Promise<void> {
  await asAdmin(server, async (client) => {
    for (const mail of mails) await client.append(mailbox, mail);
  });
}

/** Deleting and creating a mailbox again gives it a new UIDVALIDITY (RFC 3501 §2.3.1.1). */
export async function recreateMailbox(server: DovecotServer, mailbox: string): Promise<void> {
  await asAdmin(server, async (client) => {
    await client.mailboxDelete(mailbox).catch(() => undefined);
    await client.mailboxCreate(mailbox);
  });
}
