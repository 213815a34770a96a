import { z } from "zod";
import { customerChannelSchema } from "../channel/channel.ts";
import { consentHowSchema, type ConsentRecord, type ContactPurpose } from "./consent-record.ts";

/**
 * Why the outbox did not send a reply: the customer withdrew consent for its channel and purpose.
 * Stored with the reply's delivery state so the console words it in the agent's language.
 */
export const consentRefusalSchema = z.object({
  channel: customerChannelSchema.describe("The reply's channel"),
  purpose: z.enum(["service", "marketing"]).describe("The reply's purpose"),
  since: z.iso.datetime({ offset: true }).describe("When the customer withdrew consent"),
  how: consentHowSchema,
});
export type ConsentRefusal = z.infer<typeof consentRefusalSchema>;

export function consentRefusal(
  withdrawal: ConsentRecord,
  channel: ConsentRefusal["channel"],
  purpose: ContactPurpose,
): ConsentRefusal {
  return { channel, purpose, since: withdrawal.at, how: withdrawal.how };
}

/** The refusal in English for the outbox's error column and the log; the console words its own. */
export function consentRefusalSentence(refusal: ConsentRefusal): string {
  return `Not sent: the customer withdrew consent to ${refusal.purpose} messages on ${refusal.channel} (${refusal.since}, ${refusal.how}); sending again works once consent is recorded again`;
}
