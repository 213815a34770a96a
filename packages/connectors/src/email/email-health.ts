import type { ConnectorContext, HealthCheck } from "../connector.ts";
import type { EmailConfig, EmailSecrets } from "./email-config.ts";
import { createImapClient, imapEndpoint } from "./imap-client.ts";
import { imapFailure } from "./imap-errors.ts";
import { withImapSession } from "./imap-session.ts";
import { smtpFailure } from "./smtp-outcome.ts";
import { createSmtpTransport, smtpEndpoint } from "./smtp-transport.ts";

const HEALTH_TIMEOUT_MS = 45_000;

/** "Test connection": IMAP login and mailbox status, SMTP greeting and login. Sends nothing, changes nothing. */
export async function checkEmailHealth(
  context: ConnectorContext<EmailConfig, EmailSecrets>,
): Promise<HealthCheck> {
  const { config, secrets } = context;
  const [imap, smtp] = await Promise.all([checkImap(config, secrets), checkSmtp(config, secrets)]);
  const problems = [imap, smtp].filter((result) => !result.ok).map((result) => result.text);
  if (problems.length > 0) return { ok: false, error: problems.join(" ") };
  return { ok: true, detail: `${imap.text} ${smtp.text}` };
}

async function checkImap(config: EmailConfig, secrets: EmailSecrets) {
  try {
    const signal = AbortSignal.timeout(HEALTH_TIMEOUT_MS);
    const status = await withImapSession(createImapClient(config, secrets), signal, (client) =>
      client.status(config.imap.mailbox, { messages: true }),
    );
    if (status === false) throw Object.assign(new Error("no STATUS"), { mailboxMissing: true });
    const count = status.messages ?? 0;
    return { ok: true, text: `IMAP ${imapEndpoint(config)}: "${status.path}" holds ${count} messages.` };
  } catch (error) {
    return { ok: false, text: imapFailure(error, config, secrets).message };
  }
}

async function checkSmtp(config: EmailConfig, secrets: EmailSecrets) {
  const transport = createSmtpTransport(config, secrets);
  try {
    await transport.verify();
    const login =
      config.smtp.user === undefined
        ? "accepts us without login"
        : `accepted the login of "${config.smtp.user}"`;
    return { ok: true, text: `SMTP ${smtpEndpoint(config)} ${login}.` };
  } catch (error) {
    const outcome = smtpFailure(error, config, secrets);
    return { ok: false, text: outcome.ok ? "" : outcome.error };
  } finally {
    transport.close();
  }
}
