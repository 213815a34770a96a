import type { CustomerChannel } from "../channel/channel.ts";
import type { ConsentPurpose, ConsentRecord, ContactPurpose } from "./consent-record.ts";

/**
 * The consent that decides one channel and purpose: among the records for that purpose on that
 * channel or on every channel (`channel: null`), the latest wins, whichever its scope. So "stop
 * everything" after "e-mail is fine" stops e-mail, and "e-mail is fine again" after "stop
 * everything" allows e-mail only, which is what the customer said each time. At the same instant
 * the channel's own record wins: it is the more specific statement. null: nothing recorded.
 */
export function decidingRecord(
  records: readonly ConsentRecord[],
  channel: CustomerChannel,
  purpose: ConsentPurpose,
): ConsentRecord | null {
  let deciding: ConsentRecord | null = null;
  for (const record of records) {
    if (record.purpose !== purpose || (record.channel !== null && record.channel !== channel)) continue;
    if (deciding === null || decidesOver(record, deciding)) deciding = record;
  }
  return deciding;
}

function decidesOver(record: ConsentRecord, current: ConsentRecord): boolean {
  const at = Date.parse(record.at);
  const currentAt = Date.parse(current.at);
  if (at !== currentAt) return at > currentAt;
  return record.channel !== null && current.channel === null;
}

/**
 * Whether we may write to the customer on a channel for a purpose. With nothing recorded: service
 * messages yes (answering the customer's own matter needs no consent, GDPR Art. 6(1)(b); the
 * customer can object, Art. 21), marketing no (it needs consent first, Art. 7, UWG § 7).
 */
export function mayContact(
  records: readonly ConsentRecord[],
  channel: CustomerChannel,
  purpose: ContactPurpose,
): boolean {
  const deciding = decidingRecord(records, channel, purpose);
  if (deciding) return deciding.state === "granted";
  switch (purpose) {
    case "service":
      return true;
    case "marketing":
      return false;
    default: {
      const unreachable: never = purpose;
      throw new Error(`unknown purpose ${String(unreachable)}`);
    }
  }
}
