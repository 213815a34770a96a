import { z } from "zod";

/**
 * What the retention job may delete, each after its own number of days; null keeps it for good.
 * - rawInboundEvents: processed raw payloads (the replay source), counted from their receipt.
 * - resolvedConversations: a resolved conversation with every item on it, counted from its last message.
 * - callRecordings: the provider's recording references on call items, counted from the call.
 * - auditEntries: audit log rows, counted from their time.
 */
export const RETENTION_KINDS = [
  "rawInboundEvents",
  "resolvedConversations",
  "callRecordings",
  "auditEntries",
] as const;
export type RetentionKind = (typeof RETENTION_KINDS)[number];

/**
 * The shortest period an admin may set per kind, and why: raw events are the replay source while a
 * provider still retries (days); audit entries answer a customer's Art. 15 "who saw my data".
 */
export const RETENTION_MINIMUM_DAYS: Readonly<Record<RetentionKind, number>> = {
  rawInboundEvents: 30,
  resolvedConversations: 30,
  callRecordings: 7,
  auditEntries: 365,
};

/** A century: longer is "keep for good", which null says plainly. */
export const RETENTION_MOST_DAYS = 36_500;

const daysSchema = z.number().int().max(RETENTION_MOST_DAYS);

export const retentionRulesSchema = z
  .object({
    rawInboundEvents: daysSchema.min(RETENTION_MINIMUM_DAYS.rawInboundEvents).nullable(),
    resolvedConversations: daysSchema.min(RETENTION_MINIMUM_DAYS.resolvedConversations).nullable(),
    callRecordings: daysSchema.min(RETENTION_MINIMUM_DAYS.callRecordings).nullable(),
    auditEntries: daysSchema.min(RETENTION_MINIMUM_DAYS.auditEntries).nullable(),
  })
  .describe("Days each kind of data is kept; null: kept until an erasure");
export type RetentionRules = z.infer<typeof retentionRulesSchema>;

/**
 * A duty to keep (e.g. German HGB §257: commercial letters 6 years, booking records 10): every
 * conversation carrying the tag is kept for `years` after its last message, by the retention job
 * and against an erasure, which waits until the duty ends.
 */
export const retentionDutySchema = z.object({
  tag: z.string().trim().min(1).max(64).describe("The conversation tag that marks what must be kept"),
  years: z.number().int().min(1).max(30),
  /** The law or reason, shown to whoever asks why something is kept. */
  reason: z.string().trim().min(1).max(200),
});
export type RetentionDuty = z.infer<typeof retentionDutySchema>;

export const retentionSettingsSchema = z
  .object({
    rules: retentionRulesSchema,
    duties: z
      .array(retentionDutySchema)
      .max(50)
      .refine((duties) => new Set(duties.map((d) => d.tag.toLowerCase())).size === duties.length, {
        message: "each tag may carry one duty",
      }),
  })
  .describe("How long Emma keeps what, set by admins");
export type RetentionSettings = z.infer<typeof retentionSettingsSchema>;

/** Until an admin decides: everything is kept, no duties are declared. */
export const DEFAULT_RETENTION_SETTINGS: RetentionSettings = {
  rules: { rawInboundEvents: null, resolvedConversations: null, callRecordings: null, auditEntries: null },
  duties: [],
};
