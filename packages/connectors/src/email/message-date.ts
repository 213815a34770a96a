import { headerValue, type MailHeaders } from "@emma/core";
import { parseMailDate, parseReceivedDate } from "./mail-date.ts";

/**
 * When the mail was written: its Date header; else when our side received it, from the newest
 * Received header; else the epoch, flagged. Never the clock: a replayed mail must parse the same.
 */
export function occurredAtOf(headers: MailHeaders, warnings: string[]): Date {
  const dateHeader = headerValue(headers, "date");
  const date = parseMailDate(dateHeader);
  if (date) return date;
  warnings.push(
    dateHeader === undefined
      ? "no Date header"
      : `unreadable Date header: ${JSON.stringify(dateHeader.slice(0, 80))}`,
  );
  for (const received of headers.get("received") ?? []) {
    const receivedAt = parseReceivedDate(received);
    if (receivedAt) return receivedAt;
  }
  warnings.push("no Received date either; the time is 1970-01-01T00:00:00Z");
  return new Date(0);
}
