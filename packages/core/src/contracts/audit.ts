import { z } from "zod";
import { cursorSchema, idSchema, limitSchema } from "./common.ts";

const actionCodeSchema = z
  .string()
  .max(60)
  .regex(/^[a-z_]+\.[a-zA-Z_]+$/, "An action looks like customer.viewed")
  .describe("An audit action code, e.g. customer.viewed (core AUDIT_ACTIONS lists the known ones)");

/** What narrows the audit log; absent fields do not. The same filters list, page and export. */
export const auditFiltersSchema = z
  .object({
    actorUserId: idSchema.optional().describe("Only what this person did"),
    customerId: idSchema
      .optional()
      .describe(
        "Only entries about this customer or any customer merged into it, searches that listed them included",
      ),
    actions: z.array(actionCodeSchema).min(1).max(50).optional().describe("Only these actions"),
    from: z.coerce.date().optional().describe("Entries at or after this moment"),
    to: z.coerce.date().optional().describe("Entries before this moment"),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, {
    path: ["to"],
    message: "The end of the time range must be after its start",
  });
export type AuditFilters = z.infer<typeof auditFiltersSchema>;

export const auditListInputSchema = z.object({
  filters: auditFiltersSchema.default({}),
  cursor: cursorSchema.optional().describe("Where the previous page ended"),
  limit: limitSchema(100, 50),
});
export type AuditListInput = z.infer<typeof auditListInputSchema>;

const personSchema = z.object({
  id: idSchema,
  name: z.string().describe("The user's display name"),
});

export const auditEntrySchema = z.object({
  id: z.string().describe("The entry's number in the log"),
  at: z.string().describe("When, ISO 8601"),
  actor: personSchema.nullable().describe("Who did it; null: Emma itself (ingest, jobs)"),
  action: z.string().describe("What was done, e.g. customer.viewed"),
  subjectType: z.string().describe("The kind of record it was done to, e.g. conversation"),
  subjectId: z.string().nullable().describe("That record's id, if it has one"),
  customer: z
    .object({
      id: idSchema.describe("The live customer: a merged-away one leads to its survivor"),
      name: z.string(),
      recordedId: idSchema.describe("The customer the entry was written for, perhaps merged away since"),
    })
    .nullable()
    .describe("The customer whose data it was; null when the entry names none"),
  details: z
    .array(z.object({ key: z.string(), value: z.string() }))
    .describe("What the entry recorded besides, as text (e.g. query: Müller)"),
  ip: z.string().nullable().describe("The address the request came from"),
});
export type AuditEntryView = z.infer<typeof auditEntrySchema>;

export const auditListResultSchema = z.object({
  entries: z.array(auditEntrySchema).describe("Newest first"),
  nextCursor: z.string().nullable(),
});
export type AuditListResult = z.infer<typeof auditListResultSchema>;

export const customerAccessInputSchema = z.object({ customerId: idSchema });
export type CustomerAccessInput = z.infer<typeof customerAccessInputSchema>;

export const customerAccessSchema = z.object({
  customerId: idSchema.describe("The live customer the report is about"),
  people: z
    .array(
      z.object({
        actor: personSchema.nullable().describe("Who; null: Emma itself"),
        firstAt: z.string().describe("Their first entry about this customer, ISO 8601"),
        lastAt: z.string().describe("Their latest entry about this customer, ISO 8601"),
        views: z.number().int().describe("How often they read the customer's data (core AUDIT_READ_ACTIONS)"),
        actions: z
          .array(z.object({ action: z.string(), count: z.number().int() }))
          .describe("Everything they did, most frequent first"),
      }),
    )
    .describe("One row per person, the most recent first"),
});
export type CustomerAccess = z.infer<typeof customerAccessSchema>;

export const auditPeopleSchema = z
  .array(personSchema.extend({ active: z.boolean().describe("False once the account is switched off") }))
  .describe("Everyone who may appear in the log, former colleagues included, by name");
export type AuditPeople = z.infer<typeof auditPeopleSchema>;

export const EXPORT_LANGUAGES = ["de", "en"] as const;

/**
 * GET /audit/export's query string: the list's filters, actions comma-separated, and the language of
 * the column names. Parsed by the API, built by the console with `auditExportQuery`.
 */
export const auditExportQuerySchema = z.object({
  actorUserId: idSchema.optional(),
  customerId: idSchema.optional(),
  actions: z
    .string()
    .max(3000)
    .optional()
    .transform((text) => (text ? text.split(",") : undefined))
    .pipe(z.array(actionCodeSchema).min(1).max(50).optional()),
  from: z.iso.datetime().optional(),
  to: z.iso.datetime().optional(),
  lang: z.enum(EXPORT_LANGUAGES).default("de").describe("Column names in German (default) or English"),
});

export function auditExportQuery(filters: AuditFilters, lang: (typeof EXPORT_LANGUAGES)[number]): string {
  const params = new URLSearchParams();
  if (filters.actorUserId) params.set("actorUserId", filters.actorUserId);
  if (filters.customerId) params.set("customerId", filters.customerId);
  if (filters.actions) params.set("actions", filters.actions.join(","));
  if (filters.from) params.set("from", filters.from.toISOString());
  if (filters.to) params.set("to", filters.to.toISOString());
  params.set("lang", lang);
  return params.toString();
}
