import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import { claimErasures } from "./claim-erasures.ts";
import { runErasure } from "./run-erasure.ts";
import type { TombstoneKey } from "./tombstone-key.ts";

export interface ErasureWorkerOptions {
  key: TombstoneKey;
  now: () => Date;
  /** Tests that drive erasures by hand (`drain`) turn waking off. */
  paused?: boolean;
}

/**
 * Runs approved erasures when they are due: woken by an approval (`wake`) and by a periodic tick
 * (requests whose duties to keep ended, retries, runs of an instance that died). One at a time per
 * instance; safe with any number of instances (claims are SKIP LOCKED and leased).
 */
export class ErasureWorker {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #options: ErasureWorkerOptions;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(db: Kysely<Database>, log: Logger, options: ErasureWorkerOptions) {
    this.#db = db;
    this.#log = log;
    this.#options = options;
  }

  /** Something may be due now (an approval). Cheap; a run in progress looks again when it ends. */
  wake(): void {
    if (this.#stopped || this.#options.paused) return;
    this.#start();
  }

  /** Runs everything due now, even when paused; resolves when nothing due is left. */
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

  /** A wake that came in while a run was going: look once more. */
  #wokenMeanwhile(): boolean {
    return this.#again;
  }

  async #loop(): Promise<void> {
    try {
      do {
        this.#again = false;
        for (;;) {
          const now = this.#options.now();
          const [claimed] = await claimErasures(this.#db, { now, limit: 1 });
          if (!claimed || this.#stopped) break;
          await runErasure(this.#db, { claimed, key: this.#options.key, now, log: this.#log });
        }
      } while (this.#wokenMeanwhile() && !this.#stopped);
    } catch (error) {
      this.#log.error("erasure: the worker stopped; the next tick tries again", { error: String(error) });
    }
  }
}
