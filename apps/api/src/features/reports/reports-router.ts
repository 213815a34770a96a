import {
  reportBreakdownInputSchema,
  reportBreakdownOutputSchema,
  reportDrillDownInputSchema,
  reportInputSchema,
  SLA_BREACHES_LISTED,
  type ReportInput,
  type ReportName,
} from "@emma/core";
import type { AppServices } from "../../services.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { buildBreakdown } from "./build-breakdown.ts";
import { readServiceSettings } from "../settings/service-settings-store.ts";
import { buildReport, presentReport } from "./build-report.ts";
import { drillDown } from "./drill-down.ts";

/** The admins' business hours and targets, read per request: a saved change shows at once. */
async function built(
  services: Pick<AppServices, "database" | "log" | "now">,
  report: ReportName,
  input: ReportInput,
) {
  const { db } = services.database;
  const settings = await readServiceSettings(db, services.log);
  return buildReport(db, { report, input, settings, now: services.now() });
}

/** A report for supervisors and admins: the range's figures beside the previous range's. */
function reportProcedure(report: ReportName) {
  return procedureWith("report.read")
    .input(reportInputSchema)
    .query(async ({ ctx, input }) => presentReport(report, await built(ctx.services, report, input)));
}

export const reportsRouter = router({
  contacts: reportProcedure("contacts"),
  responseTimes: reportProcedure("responseTimes"),
  calls: reportProcedure("calls"),
  backlog: reportProcedure("backlog"),
  repeatContacts: reportProcedure("repeatContacts"),
  community: reportProcedure("community"),
  sla: procedureWith("report.read")
    .input(reportInputSchema)
    .query(async ({ ctx, input }) => {
      const sla = await built(ctx.services, "sla", input);
      return {
        ...presentReport("sla", sla),
        breaches: sla.breaches.slice(0, SLA_BREACHES_LISTED).map((b) => ({
          ...b,
          createdAt: b.createdAt.toISOString(),
          firstResponseAt: b.firstResponseAt?.toISOString() ?? null,
        })),
      };
    }),
  breakdown: procedureWith("report.read")
    .input(reportBreakdownInputSchema)
    .output(reportBreakdownOutputSchema)
    .query(async ({ ctx, input }) => {
      const { db } = ctx.services.database;
      const settings = await readServiceSettings(db, ctx.services.log);
      return buildBreakdown(db, { input, settings, now: ctx.services.now() });
    }),
  drillDown: procedureWith("report.read")
    .input(reportDrillDownInputSchema)
    .query(async ({ ctx, input }) => {
      const { db } = ctx.services.database;
      const settings = await readServiceSettings(db, ctx.services.log);
      return drillDown(db, { input, settings, now: ctx.services.now() });
    }),
});
