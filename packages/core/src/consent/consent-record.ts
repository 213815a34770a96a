import { z } from "zod";
import { customerChannelSchema } from "../channel/channel.ts";

/**
 * What a consent is for. `service`: answers and messages about the customer's own matters;
 * `marketing`: offers and advertising; `recording`: recording the customer's calls (it never
 * decides whether we may write, only whether a call may be kept).
 */
export const CONSENT_PURPOSES = ["service", "marketing", "recording"] as const;
export const consentPurposeSchema = z.enum(CONSENT_PURPOSES).describe("What a consent is for");
export type ConsentPurpose = z.infer<typeof consentPurposeSchema>;

/** The purposes that decide whether a message may go out (`mayContact`). */
export const CONTACT_PURPOSES = ["service", "marketing"] as const satisfies readonly ConsentPurpose[];
export type ContactPurpose = (typeof CONTACT_PURPOSES)[number];

export const CONSENT_STATES = ["granted", "withdrawn"] as const;
export const consentStateSchema = z.enum(CONSENT_STATES).describe("Granted, or withdrawn (an objection)");
export type ConsentState = z.infer<typeof consentStateSchema>;

/**
 * How the customer made their wish known. `agent`: they told an agent (call, chat, branch);
 * `letter`, `web`, `unsubscribe`: in writing, on a web form, through an unsubscribe link, entered
 * by an agent; `customer-keyword`: their own "STOP" on the channel, recorded by ingest;
 * `import`: taken over from the bank's system of record.
 */
export const CONSENT_HOWS = ["agent", "letter", "web", "unsubscribe", "customer-keyword", "import"] as const;
export const consentHowSchema = z.enum(CONSENT_HOWS).describe("How the customer made their wish known");
export type ConsentHow = z.infer<typeof consentHowSchema>;

/** The ways an agent may enter by hand; a keyword and an import are recorded by Emma itself. */
export const AGENT_CONSENT_HOWS = [
  "agent",
  "letter",
  "web",
  "unsubscribe",
] as const satisfies readonly ConsentHow[];
export const agentConsentHowSchema = z
  .enum(AGENT_CONSENT_HOWS)
  .describe("How the customer made their wish known to the agent recording it");
export type AgentConsentHow = z.infer<typeof agentConsentHowSchema>;

/** One decision of the customer, as recorded; the history of these is the consent (never updated). */
export const consentRecordSchema = z.object({
  id: z.string().describe("The record's id"),
  channel: customerChannelSchema.nullable().describe("The channel it applies to; null: every channel"),
  purpose: consentPurposeSchema,
  state: consentStateSchema,
  how: consentHowSchema,
  at: z.iso.datetime({ offset: true }).describe("When the customer decided, ISO 8601"),
  recordedBy: z.string().nullable().describe("The user who recorded it; null: the customer or an import"),
  note: z.string().max(1000).nullable().describe("What the agent noted, or the system of record's source"),
});
export type ConsentRecord = z.infer<typeof consentRecordSchema>;
