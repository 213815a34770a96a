import type { ComponentType } from "react";
import type { AdminPagePath } from "./admin-pages.ts";
import { ConnectorsPage } from "./connectors/connectors-page.tsx";
import { ErasureRequestsPage } from "./erasure/erasure-requests-page.tsx";
import { IntegrationsPage } from "./integrations/integrations-page.tsx";
import { ServiceHoursPage } from "./hours/service-hours-page.tsx";
import { MatchingPage } from "./matching/matching-page.tsx";
import { RetentionPage } from "./retention/retention-page.tsx";
import { TeamsPage } from "./teams/teams-page.tsx";
import { UsersPage } from "./users/users-page.tsx";

/** What each admin page shows, beside the admin menu; a page reads its own parameters from the nav store. */
export const ADMIN_PAGE_VIEWS: Readonly<Record<AdminPagePath, ComponentType>> = {
  users: UsersPage,
  teams: TeamsPage,
  connectors: ConnectorsPage,
  "holdings-import": IntegrationsPage,
  "service-hours": ServiceHoursPage,
  "erasure-requests": ErasureRequestsPage,
  retention: RetentionPage,
  matching: MatchingPage,
};
