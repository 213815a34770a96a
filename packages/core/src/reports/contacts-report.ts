import type { CustomerChannel } from "../channel/channel.ts";
import type { ConversationFact } from "./report-facts.ts";

export const BUCKET_SIZES = ["day", "week"] as const;
export type BucketSize = (typeof BUCKET_SIZES)[number];

/**
 * A contact is a conversation the customer started or took part in (they wrote or called at least
 * once), counted once on the local day it was created, on its channel. A conversation reopened by a
 * new message stays one contact: the customer did not start over. Our own outreach that the
 * customer never answered is not a contact. Internal conversations are not contacts either.
 */
export function isContact(c: ConversationFact): c is ConversationFact & { channel: CustomerChannel } {
  return c.customerWrote && c.channel !== "internal";
}
