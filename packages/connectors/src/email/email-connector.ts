import type { InboundMessage } from "@emma/core";
import type { Connector } from "../connector.ts";
import { EMAIL_CONTENT_TYPE } from "./email-content-type.ts";
import {
  emailConfigSchema,
  emailSecretsSchema,
  type EmailConfig,
  type EmailSecrets,
} from "./email-config.ts";
import { checkEmailHealth } from "./email-health.ts";
import { pollMailbox } from "./imap-poll.ts";
import { watchMailbox } from "./imap-watch.ts";
import { parseEmail } from "./parse-email.ts";
import { sendReply } from "./smtp-send.ts";

/**
 * A support mailbox: IMAP in (poll by UIDVALIDITY + UID, IDLE to poll at once), SMTP out. Each stored
 * event is one raw RFC 822 mail; parsing is async because mailparser is.
 */
export const emailConnector: Connector<EmailConfig, EmailSecrets, Promise<InboundMessage[]>> = {
  kind: "email",
  title: "Email (IMAP and SMTP)",
  // Message-IDs are written by mail clients, and broken ones repeat them (shared-message-ids.ts).
  senderChosenIds: true,
  channels: ["email"],
  configSchema: emailConfigSchema,
  secretsSchema: emailSecretsSchema,
  parseStored({ contentType, body }, { config }) {
    if (contentType.split(";")[0]?.trim().toLowerCase() !== EMAIL_CONTENT_TYPE) {
      return Promise.reject(new Error(`The email connector cannot read ${contentType}`));
    }
    return parseEmail(body, config);
  },
  poll: pollMailbox,
  watch: watchMailbox,
  send: (message, { config, secrets }) => sendReply(message, config, secrets),
  checkHealth: checkEmailHealth,
};
