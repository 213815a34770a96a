import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import { SweepRunningError, startSweep } from "./match-sweeps.ts";

/**
 * After people came in from a system of record, every customer is compared again: their dates of
 * birth and addresses may join pairs no message did. A sweep already running covers them too (the
 * imported customers were queued on their own as well), so that is no failure.
 */
export async function sweepAfterImport(db: Kysely<Database>, log: Logger, now: Date): Promise<void> {
  try {
    const sweep = await startSweep(db, { cause: "import", startedBy: null, now });
    log.info("matching: sweep started after an import", { sweepId: sweep.id, total: sweep.total });
  } catch (error) {
    if (!(error instanceof SweepRunningError)) throw error;
  }
}
