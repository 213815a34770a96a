import { z } from "zod";
import { BUCKET_SIZES } from "../reports/bucket-sizes.ts";
import { daysBetween } from "../reports/local-time.ts";
import { FIGURE_UNITS } from "../reports/report-facts.ts";
import { REPORT_NAMES } from "../reports/report-names.ts";
import { channelSchema, prioritySchema } from "../channel/channel.ts";
import { idSchema } from "./common.ts";

/** The longest range one report covers: a year, plus a leap day. */
export const REPORT_MAX_DAYS = 366;

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const reportInputSchema = z
  .object({
    from: z.iso.date().describe("First local day of the range (YYYY-MM-DD), included"),
    to: z.iso.date().describe("Last local day of the range (YYYY-MM-DD), included"),
    timeZone: z
      .string()
      .max(64)
      .refine(isTimeZone, { message: "Unknown time zone" })
      .describe("IANA zone the days are read in, e.g. Europe/Berlin"),
    teamId: idSchema.optional().describe("Only this team's conversations"),
    agentId: idSchema.optional().describe("Only conversations assigned to this agent"),
    bucket: z.enum(BUCKET_SIZES).optional().describe("Contacts over time by day or week; day up to 31 days"),
  })
  .refine((input) => input.from <= input.to, { message: "The range must end on or after its first day" })
  .refine((input) => daysBetween(input.from, input.to) < REPORT_MAX_DAYS, {
    message: `A report covers at most ${REPORT_MAX_DAYS} days`,
  });
export type ReportInput = z.infer<typeof reportInputSchema>;

export const reportNameSchema = z.enum(REPORT_NAMES).describe("Which report");

const periodSchema = z.object({
  from: z.iso.date().describe("First local day, included"),
  to: z.iso.date().describe("Last local day, included"),
});

export const comparedFigureSchema = z.object({
  key: z.string().describe("Stable name of the number within its report; what a drill-down asks for"),
  labels: z.record(z.string(), z.string()).describe("What the number is of: channel, bucket, priority, …"),
  unit: z.enum(FIGURE_UNITS).describe("count; share (0–1); minutes; seconds"),
  current: z.number().nullable().describe("Over the range; null when there was nothing to measure"),
  previous: z.number().nullable().describe("Over the previous range of the same length"),
});

export const reportOutputSchema = z.object({
  report: reportNameSchema,
  timeZone: z.string().describe("The zone the days were read in"),
  current: periodSchema.describe("The range asked for"),
  previous: periodSchema.describe("The range it is compared with"),
  basis: z
    .enum(["calendar", "business"])
    .describe("Durations in calendar time, or only within business hours once admins set them"),
  figures: z.array(comparedFigureSchema).describe("Every number of the report"),
});
export type ReportOutput = z.infer<typeof reportOutputSchema>;

export const slaBreachSchema = z.object({
  conversationId: idSchema,
  customerId: idSchema.nullable().describe("null: an unknown caller's"),
  channel: channelSchema,
  priority: prioritySchema,
  createdAt: z.iso.datetime().describe("When the customer got in touch"),
  targetMinutes: z.number().describe("The response target for its channel and priority"),
  firstResponseAt: z.iso.datetime().nullable().describe("Our first answer; null while unanswered"),
  overdueMinutes: z.number().describe("How far past the target"),
});

export const SLA_BREACHES_LISTED = 100;
export const slaReportOutputSchema = reportOutputSchema.extend({
  breaches: z.array(slaBreachSchema).max(SLA_BREACHES_LISTED).describe("The range's worst breaches first"),
});
export type SlaReportOutput = z.infer<typeof slaReportOutputSchema>;

export const reportDrillDownInputSchema = z.object({
  range: reportInputSchema,
  report: reportNameSchema,
  key: z.string().min(1).max(200).describe("The figure's key, as the report gave it"),
  period: z.enum(["current", "previous"]).default("current").describe("Which of the two ranges"),
  offset: z.number().int().min(0).default(0).describe("How many conversations to skip"),
  limit: z.number().int().min(1).max(200).default(50).describe("How many conversations at most (1–200)"),
});
export type ReportDrillDownInput = z.infer<typeof reportDrillDownInputSchema>;

export const reportDrillDownOutputSchema = z.object({
  total: z.number().int().describe("How many conversations the figure stands for"),
  conversations: z.array(
    z.object({
      id: idSchema,
      customerId: idSchema.nullable().describe("null: an unknown caller's"),
      customerName: z.string().nullable(),
      channel: channelSchema,
      priority: prioritySchema,
      status: z.string().describe("Status now"),
      createdAt: z.iso.datetime(),
      firstResponseAt: z.iso.datetime().nullable(),
      resolvedAt: z.iso.datetime().nullable(),
    }),
  ),
});
export type ReportDrillDownOutput = z.infer<typeof reportDrillDownOutputSchema>;
