/**
 * The API surface the benches use, in one place. `@emma/api`'s "." export names src/index.ts,
 * which does not exist (only "./router" resolves), so the server code is reached by path from here;
 * when an index exists this file becomes a re-export of the package.
 */
export { createApp, type App } from "../../apps/api/src/create-app.ts";
export { openDatabase, type EmmaDatabase } from "../../apps/api/src/db/connect.ts";
export { migrateToLatest } from "../../apps/api/src/db/migrate.ts";
export type { Database } from "../../apps/api/src/db/schema.ts";
export { notify } from "../../apps/api/src/db/notifications.ts";
export { ingest } from "../../apps/api/src/ingest/ingest.ts";
export { sealSecrets } from "../../apps/api/src/crypto/secret-box.ts";
export { hashSessionToken, newSessionToken } from "../../apps/api/src/auth/session-token.ts";
export { decodeCursor } from "../../apps/api/src/features/timeline/timeline-cursor.ts";
export type { Logger } from "../../apps/api/src/services.ts";
