import { readFileSync } from "node:fs";

/**
 * Machine-written mail in the shapes real systems send, anonymised (example.* domains): one per class
 * that must never become a customer. Each names the reply of ours it is about, if any.
 */
export interface AutomatedSample {
  file: string;
  /** Which system writes mail like this, for the test's name. */
  source: string;
  kind: "bounce" | "auto-reply";
  /** The Message-IDs of our mails a bounce reports as undeliverable. */
  failedMessageIds: string[];
}

export const AUTOMATED_SAMPLES: readonly AutomatedSample[] = [
  { file: "arf-abuse-report.eml", source: "RFC 5965 abuse report", kind: "auto-reply", failedMessageIds: [] },
  {
    file: "dmarc-failure-report.eml",
    source: "RFC 6591 DMARC failure report",
    kind: "auto-reply",
    failedMessageIds: [],
  },
  {
    file: "dmarc-aggregate-report.eml",
    source: "RFC 7489 DMARC aggregate report",
    kind: "auto-reply",
    failedMessageIds: [],
  },
  {
    file: "dragonfly-mailer-daemon.eml",
    source: "DragonFly bounce from MAILER-DAEMON <>",
    kind: "bounce",
    failedMessageIds: ["outbox-dfly-1@bank.example"],
  },
  {
    file: "exim-null-address.eml",
    source: "bounce from <MAILER-DAEMON>, otherwise only auto-reply headers",
    kind: "bounce",
    failedMessageIds: ["outbox-x1-1@bank.example"],
  },
  {
    file: "sendmail-lost-content-type.eml",
    source: "sendmail bounce whose top-level Content-Type was lost",
    kind: "bounce",
    failedMessageIds: ["outbox-sm-1@bank.example"],
  },
  {
    file: "report-without-report-type.eml",
    source: "multipart/report without report-type",
    kind: "bounce",
    failedMessageIds: ["outbox-x3-1@bank.example"],
  },
  {
    file: "ses-bounce-via-sns.eml",
    source: "Amazon SES bounce notification mailed by SNS",
    kind: "bounce",
    failedMessageIds: ["outbox-ses-1@bank.example"],
  },
  {
    file: "apple-vacation.eml",
    source: "iCloud vacation reply (X-Apple-Action)",
    kind: "auto-reply",
    failedMessageIds: [],
  },
  {
    file: "carrier-mms-ndr.eml",
    source: "mobile carrier MMS gateway error",
    kind: "bounce",
    failedMessageIds: ["outbox-mms-1@bank.example"],
  },
  {
    file: "carrier-sms-gateway.eml",
    source: "mobile carrier SMS gateway error from post_master",
    kind: "bounce",
    failedMessageIds: ["outbox-sms-1@bank.example"],
  },
  {
    file: "mailman-administrivia.eml",
    source: "Mailman moderation notice",
    kind: "auto-reply",
    failedMessageIds: [],
  },
  {
    file: "fml-error-notice.eml",
    source: "fml list-manager error notice",
    kind: "auto-reply",
    failedMessageIds: [],
  },
];

export function automatedSample(file: string): Buffer {
  return readFileSync(new URL(`./automated-mail/${file}`, import.meta.url));
}
