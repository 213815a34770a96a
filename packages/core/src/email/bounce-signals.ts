import { headerValue, type MailHeaders } from "./mail-headers.ts";
import type { MailStructureFacts } from "./mail-structure-facts.ts";

const DAEMONS = new Set(["mailer-daemon", "postmaster", "mail-daemon"]);

/** Signs that this is a delivery failure report rather than a reply. */
export function bounceSignals(headers: MailHeaders, facts: MailStructureFacts): string[] {
  const signals: string[] = [];
  if (facts.reportType === "delivery-status" || facts.reportType === "global-delivery-status") {
    signals.push(`multipart/report; report-type=${facts.reportType}`);
  } else if (facts.deliveryStatus !== undefined) signals.push("message/delivery-status part");
  const failed = headerValue(headers, "x-failed-recipients");
  if (failed !== undefined) signals.push(`X-Failed-Recipients: ${failed.slice(0, 150)}`);
  const from = senderAddress(headerValue(headers, "from"));
  const local = from?.slice(0, from.lastIndexOf("@")).toLowerCase();
  if (from !== undefined && local !== undefined && DAEMONS.has(local))
    signals.push(`From: ${from.slice(0, 150)}`);
  return signals;
}

/** The address in a raw From value: inside <…> when present, else the first token with an @. */
function senderAddress(from: string | undefined): string | undefined {
  if (from === undefined) return undefined;
  const bracketed = /<([^<>]+@[^<>]+)>/.exec(from)?.[1];
  const bare = from
    .replace(/\([^)]*\)/g, " ")
    .split(/[\s,]+/)
    .find((token) => token.includes("@"));
  return (bracketed ?? bare)?.trim();
}
