import { auditRouter } from "../features/audit/audit-router.ts";
import { authRouter } from "../features/auth/auth-router.ts";
import { communityRouter } from "../features/community/community-router.ts";
import { cannedResponsesRouter } from "../features/canned-responses/canned-responses-router.ts";
import { consentsRouter } from "../features/consents/consents-router.ts";
import { connectorsRouter } from "../features/connectors/connectors-router.ts";
import { conversationsRouter } from "../features/conversations/conversations-router.ts";
import { customerExportsRouter } from "../features/customer-exports/customer-exports-router.ts";
import { customersRouter } from "../features/customers/customers-router.ts";
import { erasureRouter, legalHoldsRouter } from "../features/erasure-requests/erasure-router.ts";
import { eventsRouter } from "../features/events/events-router.ts";
import { holdingsRouter } from "../features/holdings/holdings-router.ts";
import { liveRouter } from "../features/live/live-router.ts";
import { macrosRouter } from "../features/macros/macros-router.ts";
import { mergesRouter } from "../features/merges/merges-router.ts";
import { retentionRouter } from "../features/retention/retention-router.ts";
import { reportsRouter } from "../features/reports/reports-router.ts";
import { presenceRouter } from "../features/presence/presence-router.ts";
import { savedFiltersRouter } from "../features/saved-filters/saved-filters-router.ts";
import { settingsRouter } from "../features/settings/settings-router.ts";
import { searchRouter } from "../features/search/search-router.ts";
import { teamsRouter } from "../features/teams/teams-router.ts";
import { timelineRouter } from "../features/timeline/timeline-router.ts";
import { usersRouter } from "../features/users/users-router.ts";
import { router } from "./trpc.ts";

export const appRouter = router({
  auth: authRouter,
  customers: customersRouter,
  consents: consentsRouter,
  customerExports: customerExportsRouter,
  timeline: timelineRouter,
  conversations: conversationsRouter,
  merges: mergesRouter,
  users: usersRouter,
  teams: teamsRouter,
  events: eventsRouter,
  cannedResponses: cannedResponsesRouter,
  presence: presenceRouter,
  connectors: connectorsRouter,
  macros: macrosRouter,
  savedFilters: savedFiltersRouter,
  search: searchRouter,
  community: communityRouter,
  reports: reportsRouter,
  live: liveRouter,
  audit: auditRouter,
  settings: settingsRouter,
  retention: retentionRouter,
  holdings: holdingsRouter,
  erasure: erasureRouter,
  legalHolds: legalHoldsRouter,
});

/** The console imports this type only, never the server code. */
export type AppRouter = typeof appRouter;
