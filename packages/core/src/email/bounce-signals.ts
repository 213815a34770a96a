import { headerValue, type MailHeaders } from "./mail-headers.ts";
import { readSender } from "./mail-sender.ts";
import { isDeliveryReportType, type MailStructureFacts } from "./mail-structure-facts.ts";

// The names MTAs send their reports as (RFC 5321 §4.5.1; "post_master" is a carrier gateway's spelling).
const DAEMONS = new Set(["mailer-daemon", "mailerdaemon", "mail-daemon", "postmaster", "post_master"]);

// Subjects of the common MTAs' and gateways' failure reports (Postfix, Exim, qmail, sendmail,
// Exchange in English and German, Gmail, MMS gateways). Trusted only on mail already known to be
// automatic: a person may well write "undeliverable" in a subject.
const BOUNCE_SUBJECT =
  /\b(?:undeliver(?:ed|able)|returned mail|mail delivery (?:failed|failure)|delivery (?:status notification|failure|has failed|failed)|failure notice|non-?delivery|could not be delivered|error sending your mail|unzustellbar|nicht zustellbar)\b/i;

/** Signs that this is a delivery failure report rather than a reply. */
export function bounceSignals(headers: MailHeaders, facts: MailStructureFacts): string[] {
  const signals: string[] = [];
  const report = facts.reportType;
  if (isDeliveryReportType(report)) {
    signals.push(`multipart/report; report-type=${report}`);
  } else if (facts.deliveryStatus !== undefined) signals.push("message/delivery-status part");
  // A report that names no type and is no feedback report is, in practice, a bounce.
  else if (report === "" && facts.feedbackType === undefined)
    signals.push("multipart/report without report-type");
  if (facts.providerReport?.type === "bounce")
    signals.push(`${facts.providerReport.provider} bounce notification`);
  const failed = headerValue(headers, "x-failed-recipients");
  if (failed !== undefined) signals.push(`X-Failed-Recipients: ${failed.slice(0, 150)}`);
  const sender = readSender(headerValue(headers, "from"));
  const daemon = [sender.local, sender.name].find(
    (word) => word !== undefined && DAEMONS.has(word.toLowerCase()),
  );
  if (daemon !== undefined) signals.push(`From: ${(sender.address ?? daemon).slice(0, 150)}`);
  else if (sender.empty) signals.push("From: <> (null sender)");
  return signals;
}

/** A failure report's subject, for mail whose other headers already say a machine wrote it. */
export function bounceSubjectSignal(headers: MailHeaders): string | undefined {
  const subject = headerValue(headers, "subject");
  return subject !== undefined && BOUNCE_SUBJECT.test(subject)
    ? `Subject: ${subject.slice(0, 150)}`
    : undefined;
}
