import type { PGlite } from "@electric-sql/pglite";
import type { Kysely } from "kysely";
import { deliver, wireChannel, type ClosableNotificationBus, type ErrorReporter } from "./notifications.ts";
import type { Database } from "./schema.ts";

/**
 * PGlite is one session, so LISTEN runs on the same connection as every query. It is taken through
 * kysely's connection lock: LISTEN is transactional, and run in the middle of someone else's open
 * transaction it would be undone by that transaction's rollback.
 */
export function createPgliteNotificationBus(
  db: Kysely<Database>,
  pglite: PGlite,
  schema: string,
  report: ErrorReporter,
): ClosableNotificationBus {
  let closed = false;
  return {
    async listen(channel, handler) {
      if (closed) throw new Error("notification bus is closed");
      const name = wireChannel(schema, channel);
      // PGlite calls listeners from a microtask, where a throw would be an uncaught exception.
      const safeHandler = (payload: string) => deliver(handler, payload, report);
      await db.connection().execute(() => pglite.listen(name, safeHandler));
      let active = true;
      return async () => {
        if (!active || closed) return;
        active = false;
        // Not the function listen() returns: PGlite 0.4.5 passes it the unquoted name, which a
        // dotted channel name turns into an UNLISTEN syntax error.
        await db.connection().execute(() => pglite.unlisten(name, safeHandler));
      };
    },
    onReconnect: () => () => undefined,
    close() {
      closed = true;
      return Promise.resolve();
    },
  };
}
