import { CompiledQuery, type DatabaseConnection, type Driver } from "kysely";
import { PGliteDialect } from "kysely-pglite-dialect";

/**
 * kysely-pglite-dialect 1.3.1 already serializes connections: `acquireConnection` queues until the
 * holder releases, so a kysely transaction owns the single PGlite session from BEGIN to COMMIT and
 * concurrent transactions never interleave (see connect.test.ts). What it lacks are savepoints,
 * which PostgreSQL's driver has; without them `trx.savepoint()` would work on one database only.
 */
export class EmmaPgliteDialect extends PGliteDialect {
  override createDriver(): Driver {
    const run = (connection: DatabaseConnection, command: string, name: string) =>
      connection
        .executeQuery(CompiledQuery.raw(`${command} "${name.replaceAll('"', '""')}"`))
        .then(() => undefined);
    return Object.assign(super.createDriver(), {
      savepoint: (connection: DatabaseConnection, name: string) => run(connection, "savepoint", name),
      rollbackToSavepoint: (connection: DatabaseConnection, name: string) =>
        run(connection, "rollback to savepoint", name),
      releaseSavepoint: (connection: DatabaseConnection, name: string) =>
        run(connection, "release savepoint", name),
    });
  }
}
