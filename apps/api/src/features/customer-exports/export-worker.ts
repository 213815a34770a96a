import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { DrainLoop } from "../../drain-loop.ts";
import type { Logger } from "../../services.ts";
import { claimExport, dropExpiredExports, giveUpAbandonedExports } from "./claim-export.ts";
import { runExport, type RunExportOptions } from "./run-export.ts";

export interface ExportWorkerOptions extends RunExportOptions {
  /** Tests that drive exports by hand (`drain`) turn waking off. */
  paused?: boolean;
}

/**
 * Makes customer exports one after another on this instance: woken when one is requested here and
 * by a periodic tick (exports requested on another instance, or left behind by one that died).
 * Safe with any number of instances: claims are SKIP LOCKED and leased.
 */
export class ExportWorker extends DrainLoop {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #options: ExportWorkerOptions;

  constructor(db: Kysely<Database>, log: Logger, options: ExportWorkerOptions) {
    super({ log, failure: "customer exports: stopped; the next tick tries again", paused: options.paused });
    this.#db = db;
    this.#log = log;
    this.#options = options;
  }

  /** Drops expired files, gives up on abandoned exports, then makes the next waiting one. */
  protected async round(): Promise<boolean> {
    const now = this.#options.now();
    await dropExpiredExports(this.#db, now);
    await giveUpAbandonedExports(this.#db, now);
    const job = await claimExport(this.#db, now);
    if (!job || this.stopped) return false;
    const failure = await runExport(this.#db, job, this.#options);
    if (failure !== null)
      this.#log.warn("customer exports: an export failed", { exportId: job.id, error: failure });
    return true;
  }
}
