import type { SendOutcome } from "../connector.ts";
import type { EmailConfig, EmailSecrets } from "./email-config.ts";
import { networkProblem, noEncryption } from "./network-errors.ts";
import { redactSecrets } from "./redact.ts";
import { smtpEndpoint } from "./smtp-transport.ts";

// RFC 4954: authentication required (530), too weak (534), credentials invalid (535), encryption needed (538).
const LOGIN_CODES = new Set([530, 534, 535, 538]);

interface SmtpError {
  code?: string;
  command?: string;
  responseCode?: number;
  response?: string;
  message?: string;
}

/**
 * A failed send: 5xx is the server's final no (RFC 5321 §4.2.1) and is not retried; 4xx, network
 * and TLS trouble are retried. A refused or missing login is retried too, although 530/535 are 5xx:
 * the fault is our configuration, not this reply, and once an admin fixes it the reply should go out.
 */
export function smtpFailure(error: unknown, config: EmailConfig, secrets: EmailSecrets): SendOutcome {
  const smtpError: SmtpError = typeof error === "object" && error !== null ? error : {};
  const where = smtpEndpoint(config);
  const said = smtpError.response?.trim() ?? smtpError.message ?? String(error);
  const fail = (message: string, permanent: boolean): SendOutcome => ({
    ok: false,
    error: redactSecrets(message, secrets).slice(0, 2000),
    permanent,
  });
  const status = smtpError.responseCode;
  // The server answered our STARTTLS with a refusal (a failed handshake has no response).
  if (smtpError.code === "ETLS" && smtpError.command === "STARTTLS" && smtpError.response) {
    return fail(noEncryption(`SMTP server ${where}`, 465), false);
  }
  if (smtpError.code === "EAUTH" || (status !== undefined && LOGIN_CODES.has(status))) {
    return fail(`The SMTP server ${where} refused the login: ${said}`, false);
  }
  if (status !== undefined && status >= 500) return fail(said, true);
  if (status !== undefined && status >= 400) return fail(said, false);
  return fail(
    networkProblem(smtpError, `SMTP server ${where}`) ?? `Sending via ${where} failed: ${said}`,
    false,
  );
}
