import { z } from "zod";
import { daysBetween } from "../reports/local-time.ts";
import { BREAKDOWN_GROUPINGS, type BreakdownMeasure } from "../reports/breakdown-measures.ts";
import { REPORT_MAX_DAYS, reportInputSchema } from "./reports.ts";
import { idSchema } from "./common.ts";

const range = reportInputSchema.shape;

export const reportBreakdownInputSchema = z
  .object({
    from: range.from,
    to: range.to,
    timeZone: range.timeZone,
    teamId: idSchema.optional().describe("Only this team's conversations: its agents, or its one row"),
    by: z.enum(BREAKDOWN_GROUPINGS).describe("One row per team, or per agent the conversations are with"),
  })
  .refine((input) => input.from <= input.to, { message: "The range must end on or after its first day" })
  .refine((input) => daysBetween(input.from, input.to) < REPORT_MAX_DAYS, {
    message: `A report covers at most ${REPORT_MAX_DAYS} days`,
  });
export type ReportBreakdownInput = z.infer<typeof reportBreakdownInputSchema>;

const minutes = (what: string) => z.number().nullable().describe(`${what} in minutes; null: none measured`);
const valuesSchema = z
  .object({
    contacts: z.number().int().describe("Contacts created in the period"),
    firstResponseMedian: minutes("Median time to the first answer"),
    firstResponseP90: minutes("90th percentile of the time to the first answer"),
    resolutionMedian: minutes("Median time to resolution"),
    slaShare: z.number().nullable().describe("Share (0–1) of judged contacts answered within target"),
    callsAnswered: z.number().int().describe("Inbound calls someone took"),
    callsMissed: z.number().int().describe("Inbound calls that rang out, were busy or failed"),
    talkTime: z.number().describe("Answered calls' talk time in seconds"),
    backlog: z.number().int().describe("Contacts open at the period's end (or now)"),
  } satisfies Record<BreakdownMeasure, z.ZodType>)
  .describe("One period's key figures");

const periodSchema = z.object({
  from: z.iso.date().describe("First local day, included"),
  to: z.iso.date().describe("Last local day, included"),
});

export const breakdownRowSchema = z.object({
  id: idSchema
    .nullable()
    .describe("The team or agent; null: the conversations with no team, or with nobody (unassigned)"),
  name: z.string().nullable().describe("The team's name or the agent's display name; null with no id"),
  current: valuesSchema.describe("Over the range"),
  previous: valuesSchema.describe("Over the previous range of the same length"),
});
export type BreakdownRow = z.infer<typeof breakdownRowSchema>;

export const reportBreakdownOutputSchema = z.object({
  by: z.enum(BREAKDOWN_GROUPINGS),
  timeZone: z.string().describe("The zone the days were read in"),
  current: periodSchema.describe("The range asked for"),
  previous: periodSchema.describe("The range it is compared with"),
  basis: z.enum(["calendar", "business"]).describe("Durations in calendar time, or within business hours"),
  rows: z.array(breakdownRowSchema).describe("Teams by name, or agents by name; the one without last"),
  total: breakdownRowSchema
    .pick({ current: true, previous: true })
    .describe("Everyone's (the team's, with teamId): the reports' own figures, not a sum of the rows"),
});
export type ReportBreakdownOutput = z.infer<typeof reportBreakdownOutputSchema>;
