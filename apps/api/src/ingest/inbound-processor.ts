import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { yieldToEventLoop } from "../yield-to-event-loop.ts";
import type { TombstoneKey } from "../features/erasure/tombstone-key.ts";
import { processBatch } from "./process-batch.ts";

export interface InboundProcessorOptions {
  /** Batches processed at once by this instance (PGlite: 1, it has one connection). */
  concurrency: number;
  /** Most events per batch: bigger batches commit (and NOTIFY) less often under load. */
  batchSize: number;
  /**
   * After a small batch, wait this long before the next: under load the next batch then carries many
   * events for one set of round trips and one commit; when quiet, an event waits at most this long.
   */
  lingerMs: number;
  /** Stops replays of erased people (see erased-replays.ts). */
  tombstoneKey: TombstoneKey;
  /** The unit of the retry backoff (see claimEvents). */
  retryUnitMs?: number;
  /** After a batch wrote something (the matcher looks at new customers and identities). */
  onProcessed?: () => void;
}

/**
 * Works off pending raw events: woken by each stored webhook and by a periodic tick (retries, events
 * left by a crashed instance). Under light load a batch is one event, so latency stays low; under
 * load batches fill up and throughput rises. Safe with any number of instances (SKIP LOCKED).
 */
export class InboundProcessor {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #options: InboundProcessorOptions;
  #active = 0;
  #dirty = false;
  #stopped = false;
  readonly #running = new Set<Promise<void>>();

  constructor(db: Kysely<Database>, log: Logger, options: InboundProcessorOptions) {
    this.#db = db;
    this.#log = log;
    this.#options = options;
  }

  /** Something new may be pending. Cheap to call for every webhook. */
  wake(): void {
    if (this.#stopped) return;
    this.#dirty = true;
    while (this.#active < this.#options.concurrency) {
      this.#active++;
      const run = this.#loop().finally(() => {
        this.#active--;
        this.#running.delete(run);
      });
      this.#running.add(run);
    }
  }

  /** Whether a batch is being processed now: background work gives way while it is. */
  get busy(): boolean {
    return this.#active > 0;
  }

  /** Resolves when nothing is being processed (tests, the seeder, shutdown). */
  async idle(): Promise<void> {
    while (this.#running.size > 0) await Promise.all(this.#running);
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.idle();
  }

  #wokenMeanwhile(): boolean {
    return this.#dirty;
  }

  async #loop(): Promise<void> {
    try {
      for (;;) {
        this.#dirty = false;
        const result = await processBatch(this.#db, this.#log, {
          limit: this.#options.batchSize,
          lockMode: "skip",
          tombstoneKey: this.#options.tombstoneKey,
          ...(this.#options.retryUnitMs === undefined ? {} : { retryUnitMs: this.#options.retryUnitMs }),
        });
        const found = result.processed.length + result.failed.length + result.deferred.length;
        if (result.processed.length > 0) this.#options.onProcessed?.();
        // A loop that found nothing still runs again if a wake came in while it was looking.
        if (this.#stopped || (found === 0 && !this.#wokenMeanwhile())) break;
        if (found < this.#options.batchSize / 4)
          await new Promise((resolve) => setTimeout(resolve, this.#options.lingerMs));
        else await yieldToEventLoop();
      }
    } catch (error) {
      this.#log.error("ingest: processor run failed; the next wake retries", { error: String(error) });
    }
  }
}
