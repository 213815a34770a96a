// What other workspace packages (bench, tools) may use of the server; the console imports only
// `@emma/api/router`'s AppRouter type.
export { createApp, type App, type AppOptions } from "./create-app.ts";
export { openDatabase, type EmmaDatabase, type DatabaseOptions } from "./db/connect.ts";
export { migrateToLatest } from "./db/migrate.ts";
export type { Database } from "./db/schema.ts";
export { notify } from "./db/notifications.ts";
export { ingest, type IngestResult } from "./ingest/ingest.ts";
export { tombstoneKeyFrom } from "./features/erasure/tombstone-key.ts";
export { storeInboundEvent } from "./ingest/store-inbound-event.ts";
export { sealSecrets } from "./crypto/secret-box.ts";
export { openSession } from "./auth/open-session.ts";
export { decodeCursor } from "./features/timeline/timeline-cursor.ts";
export type { Logger } from "./services.ts";
export { listConversations } from "./features/conversations/list-conversations.ts";
export type { Caller } from "./trpc/context.ts";
export { buildReport, presentReport } from "./features/reports/build-report.ts";
export { buildBreakdown } from "./features/reports/build-breakdown.ts";
export { ExportWorker } from "./features/customer-exports/export-worker.ts";
export { checkCustomer } from "./features/matching/check-customer.ts";
export { candidatesQuery } from "./features/matching/find-match-candidates.ts";
export { loadMatchProfiles } from "./features/matching/load-match-profiles.ts";
