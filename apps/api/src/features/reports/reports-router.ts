import {
  reportBreakdownInputSchema,
  reportBreakdownOutputSchema,
  reportDrillDownInputSchema,
  reportInputSchema,
  SLA_BREACHES_LISTED,
  type ReportName,
} from "@emma/core";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { buildBreakdown } from "./build-breakdown.ts";
import { buildReport, presentReport } from "./build-report.ts";
import { drillDown } from "./drill-down.ts";

/** A report for supervisors and admins: the range's figures beside the previous range's. */
function reportProcedure(report: ReportName) {
  return procedureWith("report.read")
    .input(reportInputSchema)
    .query(async ({ ctx, input }) =>
      presentReport(
        report,
        input,
        await buildReport(ctx.services.database.db, { report, input, now: ctx.services.now() }),
      ),
    );
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
      const built = await buildReport(ctx.services.database.db, {
        report: "sla",
        input,
        now: ctx.services.now(),
      });
      return {
        ...presentReport("sla", input, built),
        breaches: built.breaches.slice(0, SLA_BREACHES_LISTED).map((b) => ({
          ...b,
          createdAt: b.createdAt.toISOString(),
          firstResponseAt: b.firstResponseAt?.toISOString() ?? null,
        })),
      };
    }),
  breakdown: procedureWith("report.read")
    .input(reportBreakdownInputSchema)
    .output(reportBreakdownOutputSchema)
    .query(({ ctx, input }) => buildBreakdown(ctx.services.database.db, { input, now: ctx.services.now() })),
  drillDown: procedureWith("report.read")
    .input(reportDrillDownInputSchema)
    .query(({ ctx, input }) => drillDown(ctx.services.database.db, { input, now: ctx.services.now() })),
});
