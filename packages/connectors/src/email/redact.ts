import type { EmailSecrets } from "./email-config.ts";

/** Removes every secret value from a text that may leave the API (DESIGN invariant 7). */
export function redactSecrets(text: string, secrets: Partial<EmailSecrets>): string {
  let out = text;
  for (const secret of [secrets.imapPassword, secrets.smtpPassword]) {
    if (secret) out = out.split(secret).join("[secret]");
  }
  return out;
}
