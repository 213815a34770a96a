import { z } from "zod";
import { callDataSchema } from "../../inbound/inbound-message.ts";
import {
  channelSchema,
  customerChannelSchema,
  directionSchema,
  timelineKindSchema,
} from "../../channel/channel.ts";
import { consentHowSchema, consentPurposeSchema, consentStateSchema } from "../../consent/consent-record.ts";
import { identityKindSchema } from "../../identity/identity-kind.ts";
import { postalAddressSchema } from "../../holdings/person-record-row.ts";

/**
 * The customer data export (GDPR Art. 15 access, Art. 20 portability): everything Emma holds about
 * one person, across every record merged into them. Versioned: a reader checks `schemaVersion`; a
 * change that removes or retypes a field raises it. `export.schema.json` is generated from this.
 */
export const EXPORT_SCHEMA_VERSION = 1;

const time = z.iso.datetime({ offset: true });
export const exportLanguageSchema = z.enum(["de", "en"]).describe("Language of the readable document");
export type ExportLanguage = z.infer<typeof exportLanguageSchema>;

export const exportedRecordSchema = z.object({
  id: z.uuid().describe("Emma's id of the customer record"),
  displayName: z.string(),
  locale: z.string().nullable().describe("The customer's language, as a BCP 47 tag"),
  customerNumber: z.string().nullable().describe("The system of record's customer number"),
  recordName: z.string().nullable().describe("The name the system of record gives the person"),
  birthDate: z.iso.date().nullable().describe("Date of birth from the system of record, YYYY-MM-DD"),
  postalAddress: postalAddressSchema.nullable().describe("Postal address from the system of record"),
  tags: z.array(z.string()),
  createdAt: time,
  mergedInto: z.uuid().nullable().describe("The record this one was merged into; null for the person"),
  erasedAt: time.nullable(),
});

export const exportedIdentitySchema = z
  .object({
    kind: identityKindSchema,
    value: z.string().describe("Normalized: e-mail lower-cased, phone in E.164, provider ids"),
    display: z.string().nullable().describe("As shown: the handle or name the channel gave"),
    firstSeenAt: time,
    firstSeenBy: z.string().nullable().describe("The connector whose message first named it"),
    firstInboundEventId: z.uuid().nullable().describe("The raw event it was first seen in"),
    linkedBy: z.string().nullable().describe("The agent who linked it by hand"),
    recordId: z.uuid().describe("The customer record it was first attributed to"),
  })
  .describe("An address, number or account the customer reached us from, with where it came from");

export const exportedHoldingSchema = z.object({
  kind: z.string(),
  name: z.string(),
  reference: z.string().describe("Account number, contract or policy number"),
  status: z.string(),
  openedAt: z.string().nullable(),
  balanceMinor: z.number().int().nullable().describe("Balance in the currency's minor unit (cents)"),
  currency: z.string().nullable(),
  sourceSystem: z.string().describe("The system of record it was imported from"),
  externalId: z.string(),
  syncedAt: time,
});

export const exportedConsentSchema = z
  .object({
    channel: customerChannelSchema.nullable().describe("null: every channel"),
    purpose: consentPurposeSchema,
    state: consentStateSchema,
    how: consentHowSchema,
    recordedAt: time,
    recordedBy: z.string().nullable().describe("The agent; null: the customer's own message, or an import"),
    note: z.string().nullable(),
  })
  .describe("One decision about being contacted; the latest per channel and purpose decides");

export const EXPORT_FILE_ABSENCES = ["names_only", "not_fetched", "fetch_failed", "missing"] as const;
export const exportedAttachmentSchema = z.object({
  filename: z.string(),
  contentType: z.string(),
  size: z.number().int().nonnegative().describe("Size in bytes"),
  file: z.string().nullable().describe("Path of the file inside the export's ZIP; null when Emma has none"),
  absence: z
    .enum(EXPORT_FILE_ABSENCES)
    .nullable()
    .describe(
      "Why there is no file: names_only (the integration sent names only), not_fetched (still being fetched), fetch_failed (the provider no longer had it), missing",
    ),
});
export type ExportedAttachment = z.infer<typeof exportedAttachmentSchema>;

export const exportedForumFactsSchema = z.object({
  topicId: z.number().int().nullable(),
  postNumber: z.number().int().nullable(),
  url: z.string().nullable().describe("Where the post can be read"),
  category: z.string().nullable(),
});

export const exportedItemSchema = z
  .object({
    id: z.uuid(),
    kind: timelineKindSchema,
    channel: channelSchema,
    direction: directionSchema,
    occurredAt: time,
    author: z.string().nullable().describe("The customer's name as the channel gave it, or our agent's"),
    subject: z.string().nullable(),
    text: z.string().describe("The text as Emma keeps it (HTML mail as sanitized plain text)"),
    attachments: z.array(exportedAttachmentSchema),
    call: callDataSchema
      .nullable()
      .describe("Calls and voicemails: numbers, status, talk time, the recording's URL at the provider"),
    forum: exportedForumFactsSchema.nullable(),
    redacted: z.boolean().describe("Its content was removed (erasure or retention); times and counts stay"),
  })
  .describe("One message, call, voicemail, forum post, note or change on the customer's timeline");
export type ExportedItem = z.infer<typeof exportedItemSchema>;

export const exportedConversationSchema = z.object({
  id: z.uuid().nullable().describe("null: items that belong to no conversation"),
  channel: channelSchema,
  subject: z.string().nullable(),
  status: z.string().nullable(),
  createdAt: time.nullable(),
  items: z.array(exportedItemSchema).describe("Oldest first"),
});
export type ExportedConversation = z.infer<typeof exportedConversationSchema>;

export const exportedAccessSchema = z
  .object({
    at: time,
    actor: z.string().nullable().describe("The user; null: Emma itself"),
    action: z.string().describe("What was done, e.g. customer.viewed; see the audit log's action list"),
    subjectType: z.string(),
    subjectId: z.string().nullable(),
  })
  .describe("Who read or changed the customer's data, and when (the audit log)");
export type ExportedAccess = z.infer<typeof exportedAccessSchema>;

export const customerExportSchema = z
  .object({
    schemaVersion: z.literal(EXPORT_SCHEMA_VERSION),
    generatedAt: time,
    language: exportLanguageSchema,
    customer: exportedRecordSchema.describe("The person"),
    mergedRecords: z
      .array(exportedRecordSchema)
      .describe("Records merged into the person, directly or through a chain; their data is included"),
    identities: z.array(exportedIdentitySchema),
    holdings: z.array(exportedHoldingSchema).describe("Accounts and products the customer holds"),
    consents: z.array(exportedConsentSchema).describe("Every consent decision, oldest first"),
    conversations: z.array(exportedConversationSchema).describe("Oldest first"),
    access: z.array(exportedAccessSchema).describe("The audit log about the customer, newest first"),
  })
  .describe("Emma's customer data export (GDPR Art. 15 and 20)");
export type CustomerExport = z.infer<typeof customerExportSchema>;

/** The documented schema shipped in every export and in the repository (docs/). */
export function customerExportJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(customerExportSchema, { target: "draft-2020-12" });
}
