import { z } from "zod";
import { idSchema } from "../../contracts/common.ts";
import { exportLanguageSchema } from "./export-schema.ts";

/** How long a finished export's file is kept: it holds personal data, so not for long. */
export const EXPORT_KEEP_DAYS = 7;

export const EXPORT_STATUSES = ["queued", "running", "done", "failed", "expired"] as const;
export const exportStatusSchema = z.enum(EXPORT_STATUSES);
export type ExportStatus = z.infer<typeof exportStatusSchema>;

/** An IANA time zone this runtime knows; the readable document's times are local to it. */
export const exportTimeZoneSchema = z
  .string()
  .max(64)
  .refine((zone) => {
    try {
      new Intl.DateTimeFormat("en", { timeZone: zone });
      return true;
    } catch {
      return false;
    }
  }, "Unknown time zone");

export const customerExportStartInputSchema = z.object({
  customerId: idSchema,
  language: exportLanguageSchema,
  timeZone: exportTimeZoneSchema,
});
export type CustomerExportStartInput = z.infer<typeof customerExportStartInputSchema>;

export const customerExportListInputSchema = z.object({ customerId: idSchema });

/** One export of a customer's data as the console lists it: who asked, how far it is, until when. */
export const customerExportSummarySchema = z.object({
  id: idSchema,
  status: exportStatusSchema,
  language: exportLanguageSchema,
  requestedBy: z.string().nullable(),
  requestedAt: z.iso.datetime().describe("ISO 8601, as every time the API sends"),
  finishedAt: z.iso.datetime().nullable(),
  expiresAt: z.iso.datetime().nullable().describe("Until when the file can be downloaded"),
  progress: z.object({ done: z.number().int(), total: z.number().int() }),
  bytes: z.number().int().nullable(),
  error: z.string().nullable(),
});
export type CustomerExportSummary = z.infer<typeof customerExportSummarySchema>;
