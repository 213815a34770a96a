import type { ReportInput, ReportName, ReportOutput, SlaReportOutput } from "@emma/core";
import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTRPCClient } from "../api/trpc.ts";

/** A report as the screen reads it: the SLA report adds its breaches. */
export type ShownReport = ReportOutput & { breaches?: SlaReportOutput["breaches"] };

/** The report the filters name; the previous one stays on screen while the next is computed. */
export function useReport(report: ReportName, input: ReportInput) {
  const client = useTRPCClient();
  return useQuery({
    queryKey: ["reports", report, input],
    queryFn: (): Promise<ShownReport> => client.reports[report].query(input),
    placeholderData: keepPreviousData,
  });
}
