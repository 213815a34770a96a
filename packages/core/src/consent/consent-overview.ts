import { CUSTOMER_CHANNELS, type CustomerChannel } from "../channel/channel.ts";
import { CONSENT_PURPOSES, type ConsentPurpose, type ConsentRecord } from "./consent-record.ts";
import { decidingRecord, mayContact } from "./consent-state.ts";

export interface ConsentCell {
  channel: CustomerChannel;
  purpose: ConsentPurpose;
  /** Whether it is allowed now: for service and marketing `mayContact`, for recording a grant. */
  allowed: boolean;
  /** The record that decides it; null: nothing recorded, the default applies. */
  deciding: ConsentRecord | null;
}

/** Every channel and purpose with what decides it: the 360's table and the composer's warning. */
export function consentOverview(records: readonly ConsentRecord[]): ConsentCell[] {
  return CUSTOMER_CHANNELS.flatMap((channel) =>
    CONSENT_PURPOSES.map((purpose) => {
      const deciding = decidingRecord(records, channel, purpose);
      return { channel, purpose, allowed: allowedNow(records, channel, purpose, deciding), deciding };
    }),
  );
}

function allowedNow(
  records: readonly ConsentRecord[],
  channel: CustomerChannel,
  purpose: ConsentPurpose,
  deciding: ConsentRecord | null,
): boolean {
  switch (purpose) {
    case "service":
    case "marketing":
      return mayContact(records, channel, purpose);
    case "recording":
      return deciding?.state === "granted";
    default: {
      const unreachable: never = purpose;
      throw new Error(`unknown purpose ${String(unreachable)}`);
    }
  }
}
