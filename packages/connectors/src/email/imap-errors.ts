import type { ImapFlowError } from "imapflow";
import type { EmailConfig, EmailSecrets } from "./email-config.ts";
import { imapEndpoint } from "./imap-client.ts";
import { redactSecrets } from "./redact.ts";
import { networkProblem, noEncryption } from "./network-errors.ts";

/**
 * An IMAP failure as a sentence an admin can act on. The password never appears (only the user
 * name), and the library's error is not attached as cause: it may carry the raw protocol exchange.
 */
export function imapFailure(error: unknown, config: EmailConfig, secrets: EmailSecrets): Error {
  const where = imapEndpoint(config);
  const imapError = (typeof error === "object" && error !== null ? error : {}) as ImapFlowError;
  let message: string;
  if (imapError.authenticationFailed === true || imapError.serverResponseCode === "AUTHENTICATIONFAILED") {
    message = `The IMAP server ${where} refused the login of "${config.imap.user}": check user name and password`;
  } else if (/does not support STARTTLS/.test(imapError.message)) {
    message = noEncryption(`IMAP server ${where}`, 993);
  } else if (imapError.mailboxMissing === true || imapError.serverResponseCode === "NONEXISTENT") {
    message = `The mailbox "${config.imap.mailbox}" does not exist on ${where}`;
  } else {
    const detail = imapError.responseText ?? imapError.message;
    message =
      networkProblem(imapError, `IMAP server ${where}`) ?? `The IMAP server ${where} failed: ${detail}`;
  }
  return new Error(redactSecrets(message, secrets));
}
