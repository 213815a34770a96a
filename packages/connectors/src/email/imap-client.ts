import { ImapFlow } from "imapflow";
import type { EmailConfig, EmailSecrets } from "./email-config.ts";

/** One IMAP connection with our settings; nothing is sent before `connect()`. */
export function createImapClient(
  config: EmailConfig,
  secrets: EmailSecrets,
  options: { idle?: boolean } = {},
) {
  return new ImapFlow({
    host: config.imap.host,
    port: config.imap.port,
    secure: config.imap.secure,
    // Without TLS from the first byte, STARTTLS is required (imapflow would otherwise go on in
    // cleartext when the server does not offer it, or when an attacker strips the offer).
    ...(config.imap.secure || config.tls.allowUnencrypted ? {} : { doSTARTTLS: true }),
    auth: { user: config.imap.user, pass: secrets.imapPassword },
    tls: { rejectUnauthorized: config.tls.rejectUnauthorized },
    // imapflow logs to stdout by default, with mailbox contents at debug level.
    logger: false,
    // Polls run commands back to back; only watch() wants IDLE, and starts it itself.
    disableAutoIdle: options.idle !== true,
    // Servers and NAT boxes drop a silent connection; restarting IDLE keeps it alive (RFC 2177: < 29 min).
    maxIdleTime: 5 * 60_000,
    connectionTimeout: 30_000,
    greetingTimeout: 16_000,
  });
}

export function imapEndpoint(config: EmailConfig): string {
  return `${config.imap.host}:${config.imap.port}`;
}
