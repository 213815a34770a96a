export const REPORT_NAMES = [
  "contacts",
  "responseTimes",
  "calls",
  "backlog",
  "sla",
  "repeatContacts",
  "community",
] as const;
export type ReportName = (typeof REPORT_NAMES)[number];
