import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { claimFileFetches, type ClaimedFetch } from "./claim-file-fetches.ts";
import type { FetchOutcome } from "./fetch-outcome.ts";
import { recordFetchOutcome } from "./record-fetch-outcome.ts";

export interface FileFetchWorkerOptions {
  /** Files fetched at once by this instance. */
  batchSize: number;
  fetch: (url: string) => Promise<FetchOutcome>;
  now: () => Date;
  /** In [0, 1): spreads retries; tests pin it. */
  jitter?: () => number;
  /** Tests that drive fetching by hand (`drain`) turn waking off. */
  paused?: boolean;
}

/**
 * Fetches the files that items name by URL and keeps them: woken when ingest queues some (NOTIFY, on
 * any instance) and by a periodic tick (retries that came due, fetches of an instance that died).
 * Safe with any number of instances: claims are SKIP LOCKED and leased.
 */
export class FileFetchWorker {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #options: FileFetchWorkerOptions;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(db: Kysely<Database>, log: Logger, options: FileFetchWorkerOptions) {
    this.#db = db;
    this.#log = log;
    this.#options = options;
  }

  wake(): void {
    if (this.#stopped || this.#options.paused) return;
    this.#start();
  }

  /** Fetches everything that is due now, even when paused; resolves when nothing due is left. */
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
        for (;;) {
          const claimed = await claimFileFetches(this.#db, this.#options.batchSize, this.#options.now());
          if (claimed.length === 0 || this.#stopped) break;
          await Promise.all(claimed.map((fetch) => this.#attempt(fetch)));
        }
      } while (this.#wokenMeanwhile() && !this.#stopped);
    } catch (error) {
      this.#log.error("kept files: fetching stopped; the next tick tries again", { error: String(error) });
    }
  }

  /** A wake that came in while the last claim found nothing: look once more. */
  #wokenMeanwhile(): boolean {
    const again = this.#again;
    this.#again = false;
    return again;
  }

  async #attempt(claimed: ClaimedFetch): Promise<void> {
    const outcome = await this.#options.fetch(claimed.url);
    const verdict = await recordFetchOutcome(
      this.#db,
      claimed,
      outcome,
      this.#options.now(),
      this.#options.jitter?.() ?? Math.random(),
    );
    // The URL is left out: Messenger's CDN links carry access tokens.
    if (!outcome.ok)
      this.#log.warn("kept files: fetching a file failed", {
        timelineEventId: claimed.timelineEventId,
        attachmentIndex: claimed.attachmentIndex,
        attempt: claimed.attempts,
        verdict,
        error: outcome.final ? outcome.failure.message : outcome.error,
      });
  }
}
