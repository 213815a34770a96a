import { emailConfigSchema, type EmailConfig } from "../email-config.ts";

/** A complete config for tests; servers are filled in by the tests that talk to one. */
export function testConfig(overrides: Partial<EmailConfig> = {}): EmailConfig {
  return {
    ...emailConfigSchema.parse({
      imap: { host: "127.0.0.1", port: 143, secure: false, user: "support" },
      smtp: { host: "127.0.0.1", port: 25, secure: false },
      address: "service@bank.example",
      displayName: "Bank Service",
      messageIdDomain: "bank.example",
      // The tests' Dovecot and SMTP receiver speak cleartext on 127.0.0.1: a test setup, said so.
      tls: { allowUnencrypted: true },
    }),
    ...overrides,
  };
}
