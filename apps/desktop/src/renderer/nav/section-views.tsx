import type { ComponentType } from "react";
import { AdminView } from "../admin/admin-view.tsx";
import { AuditView } from "../audit/audit-view.tsx";
import { LiveSection } from "../live/live-section.tsx";
import { DuplicatesSection } from "../merge-review/duplicates-section.tsx";
import { QueuePane } from "../queues/queue-pane.tsx";
import { ReportsSection } from "../reports/reports-section.tsx";
import { SearchPane } from "../search/search-pane.tsx";
import type { SectionPath } from "./section-registry.ts";

/**
 * What each section shows. A column section's view is the first column (the conversation and the
 * customer stand beside it); a page section's view is the whole window below the top bar and reads
 * its own place (path and parameters) from the nav store.
 */
export const SECTION_VIEWS: Readonly<Record<SectionPath, ComponentType>> = {
  inbox: QueuePane,
  search: SearchPane,
  live: LiveSection,
  reports: ReportsSection,
  audit: AuditView,
  duplicates: DuplicatesSection,
  admin: AdminView,
};
