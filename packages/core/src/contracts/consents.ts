import { z } from "zod";
import { customerChannelSchema } from "../channel/channel.ts";
import {
  agentConsentHowSchema,
  consentPurposeSchema,
  consentStateSchema,
} from "../consent/consent-record.ts";
import { idSchema } from "./common.ts";

export const consentListInputSchema = z.object({
  customerId: idSchema.describe("The customer; a merged-away id reads the customer it was merged into"),
});
export type ConsentListInput = z.infer<typeof consentListInputSchema>;

export const consentRecordInputSchema = z.object({
  customerId: idSchema.describe("The customer whose wish is recorded"),
  channel: customerChannelSchema.nullable().describe("The channel it applies to; null: every channel"),
  purpose: consentPurposeSchema,
  state: consentStateSchema,
  how: agentConsentHowSchema,
  note: z
    .string()
    .trim()
    .max(1000, "A note has at most 1000 characters")
    .transform((note) => (note === "" ? null : note))
    .nullable()
    .default(null)
    .describe("What the customer said, in the agent's words; optional"),
});
export type ConsentRecordInput = z.input<typeof consentRecordInputSchema>;
