import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { DrainLoop } from "../../drain-loop.ts";
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
export class ErasureWorker extends DrainLoop {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #options: ErasureWorkerOptions;

  constructor(db: Kysely<Database>, log: Logger, options: ErasureWorkerOptions) {
    super({ log, failure: "erasure: the worker stopped; the next tick tries again", paused: options.paused });
    this.#db = db;
    this.#log = log;
    this.#options = options;
  }

  /** One request at a time: an erasure is one long transaction. */
  protected async round(): Promise<boolean> {
    const now = this.#options.now();
    const [claimed] = await claimErasures(this.#db, { now, limit: 1 });
    if (!claimed || this.stopped) return false;
    await runErasure(this.#db, { claimed, key: this.#options.key, now, log: this.#log });
    return true;
  }
}
