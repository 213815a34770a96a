import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
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
export class ExportWorker {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #options: ExportWorkerOptions;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(db: Kysely<Database>, log: Logger, options: ExportWorkerOptions) {
    this.#db = db;
    this.#log = log;
    this.#options = options;
  }

  wake(): void {
    if (this.#stopped || this.#options.paused) return;
    this.#start();
  }

  /** Makes every waiting export and drops expired files, even when paused. */
  async drain(): Promise<void> {
    this.#start();
    await this.idle();
  }

  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.idle();
  }

  #start(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#loop().finally(() => (this.#running = undefined));
  }

  async #loop(): Promise<void> {
    try {
      do {
        const now = this.#options.now();
        await dropExpiredExports(this.#db, now);
        await giveUpAbandonedExports(this.#db, now);
        for (;;) {
          const job = await claimExport(this.#db, this.#options.now());
          if (!job || this.#stopped) break;
          const failure = await runExport(this.#db, job, this.#options);
          if (failure !== null)
            this.#log.warn("customer exports: an export failed", { exportId: job.id, error: failure });
        }
      } while (this.#wokenMeanwhile() && !this.#stopped);
    } catch (error) {
      this.#log.error("customer exports: stopped; the next tick tries again", { error: String(error) });
    }
  }

  /** A wake that came in while the last claim found nothing: look once more. */
  #wokenMeanwhile(): boolean {
    const again = this.#again;
    this.#again = false;
    return again;
  }
}
