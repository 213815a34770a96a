import { z } from "zod";

/**
 * Where a reply of ours is, as its timeline item and the realtime stream say it: in the outbox
 * (queued, sending, retrying after the provider's error, failed), handed over (sent), or reported
 * back by the customer's side (delivered, read — Messenger's and X's receipts).
 */
export const DELIVERY_STATES = [
  "queued",
  "sending",
  "sent",
  "retrying",
  "failed",
  "delivered",
  "read",
] as const;
export const deliveryStateSchema = z.enum(DELIVERY_STATES).describe("Where a reply of ours is");
export type DeliveryState = z.infer<typeof deliveryStateSchema>;
