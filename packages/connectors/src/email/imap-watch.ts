import type { ConnectorContext } from "../connector.ts";
import type { EmailConfig, EmailSecrets } from "./email-config.ts";
import { createImapClient, imapEndpoint } from "./imap-client.ts";
import { imapFailure } from "./imap-errors.ts";
import { endSession } from "./imap-session.ts";

/**
 * IMAP IDLE (RFC 2177) on the configured mailbox: calls `onChange` whenever the server reports a new
 * message count. Resolves when `signal` aborts; rejects when the connection fails or drops, and the
 * poller then falls back to its interval. Never fetches: the poller does that with its cursor.
 */
export async function watchMailbox(
  context: ConnectorContext<EmailConfig, EmailSecrets> & { signal: AbortSignal },
  onChange: () => void,
): Promise<void> {
  const { config, secrets, signal } = context;
  signal.throwIfAborted();
  const client = createImapClient(config, secrets, { idle: true });
  const closed = new Promise<void>((resolve, reject) => {
    client.on("exists", () => onChange());
    client.on("error", () => undefined);
    client.on("close", () => {
      if (signal.aborted) resolve();
      else
        reject(new Error(`The IMAP connection to ${imapEndpoint(config)} closed; polling on the interval`));
    });
  });
  // Keep an early rejection from being reported as unhandled before we await it below.
  closed.catch(() => undefined);
  const stop = () => void endSession(client);
  signal.addEventListener("abort", stop, { once: true });
  try {
    await client.connect();
    await client.mailboxOpen(config.imap.mailbox, { readOnly: true });
    // idle() only returns when IDLE is broken; imapflow restarts it after each command by itself.
    void client.idle().catch(() => undefined);
  } catch (error) {
    signal.removeEventListener("abort", stop);
    client.close();
    if (signal.aborted) return;
    throw imapFailure(error, config, secrets);
  }
  try {
    await closed;
  } finally {
    signal.removeEventListener("abort", stop);
  }
}
