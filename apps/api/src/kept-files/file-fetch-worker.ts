import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { DrainLoop } from "../drain-loop.ts";
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
export class FileFetchWorker extends DrainLoop {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #options: FileFetchWorkerOptions;

  constructor(db: Kysely<Database>, log: Logger, options: FileFetchWorkerOptions) {
    super({
      log,
      failure: "kept files: fetching stopped; the next tick tries again",
      paused: options.paused,
    });
    this.#db = db;
    this.#log = log;
    this.#options = options;
  }

  protected async round(): Promise<boolean> {
    const claimed = await claimFileFetches(this.#db, this.#options.batchSize, this.#options.now());
    if (claimed.length === 0 || this.stopped) return false;
    await Promise.all(claimed.map((fetch) => this.#attempt(fetch)));
    return true;
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
