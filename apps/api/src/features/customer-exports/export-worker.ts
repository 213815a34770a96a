import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import { WakeLoop } from "../../wake-loop.ts";
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
export class ExportWorker {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #options: ExportWorkerOptions;
  readonly #loop: WakeLoop;

  constructor(db: Kysely<Database>, log: Logger, options: ExportWorkerOptions) {
    this.#db = db;
    this.#log = log;
    this.#options = options;
    this.#loop = new WakeLoop(() => this.#pass(), options);
  }

  wake(): void {
    this.#loop.wake();
  }

  /** Makes every waiting export and drops expired files, even when paused. */
  drain(): Promise<void> {
    return this.#loop.drain();
  }

  stop(): Promise<void> {
    return this.#loop.stop();
  }

  async #pass(): Promise<void> {
    try {
      const now = this.#options.now();
      await dropExpiredExports(this.#db, now);
      await giveUpAbandonedExports(this.#db, now);
      for (;;) {
        const job = await claimExport(this.#db, this.#options.now());
        if (!job || this.#loop.stopped) break;
        const failure = await runExport(this.#db, job, this.#options);
        if (failure !== null)
          this.#log.warn("customer exports: an export failed", { exportId: job.id, error: failure });
      }
    } catch (error) {
      this.#log.error("customer exports: stopped; the next tick tries again", { error: String(error) });
    }
  }
}
