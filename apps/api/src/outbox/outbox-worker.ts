import type { Kysely } from "kysely";
import type { SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { yieldToEventLoop } from "../yield-to-event-loop.ts";
import { consentRefusalSentence } from "@emma/core";
import { claimSends } from "./claim-sends.ts";
import { consentRefusalFor } from "./consent-refusal-for.ts";
import { deliverSend } from "./deliver-send.ts";
import { recordSendOutcome } from "./record-send-outcome.ts";

export interface OutboxWorkerOptions {
  /** Sends claimed and made at once by this instance. */
  batchSize: number;
  sendTimeoutMs: number;
  now: () => Date;
  /** In [0, 1): spreads retries; tests pin it. */
  jitter?: () => number;
  /** Tests that drive sending by hand (`drain`) turn waking off. */
  paused?: boolean;
}

/**
 * Sends replies from the outbox: woken by each new reply and by a periodic tick (retries that are
 * due, sends of a crashed instance). Safe with any number of instances (SKIP LOCKED claims).
 */
export class OutboxWorker {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #secretKey: SecretKey;
  readonly #options: OutboxWorkerOptions;
  #running: Promise<void> | undefined;
  #again = false;
  #stopped = false;

  constructor(db: Kysely<Database>, log: Logger, secretKey: SecretKey, options: OutboxWorkerOptions) {
    this.#db = db;
    this.#log = log;
    this.#secretKey = secretKey;
    this.#options = options;
  }

  wake(): void {
    if (this.#stopped || this.#options.paused) return;
    this.#start();
  }

  /** Sends everything that is due now, even when paused; resolves when nothing due is left. */
  async drain(): Promise<void> {
    this.#start();
    await this.idle();
  }

  #start(): void {
    if (this.#running) {
      this.#again = true;
      return;
    }
    this.#running = this.#loop().finally(() => (this.#running = undefined));
  }

  async idle(): Promise<void> {
    while (this.#running) await this.#running;
  }

  async stop(): Promise<void> {
    this.#stopped = true;
    await this.idle();
  }

  async #loop(): Promise<void> {
    try {
      do {
        for (;;) {
          const claimed = await claimSends(this.#db, this.#options.batchSize, this.#options.now());
          if (claimed.length === 0 || this.#stopped) break;
          await Promise.all(claimed.map((send) => this.#attempt(send)));
          await yieldToEventLoop();
        }
      } while (this.#wokenMeanwhile() && !this.#stopped);
    } catch (error) {
      this.#log.error("outbox: sending stopped; the next tick tries again", { error: String(error) });
    }
  }

  /** A wake that came in while the last claim found nothing: look once more. */
  #wokenMeanwhile(): boolean {
    const again = this.#again;
    this.#again = false;
    return again;
  }

  async #attempt(send: Parameters<typeof recordSendOutcome>[1]): Promise<void> {
    // The customer's withdrawal is final for this attempt: nothing reaches the provider.
    const refusal = await consentRefusalFor(this.#db, send.conversationId);
    const outcome = refusal
      ? { ok: false as const, permanent: true, error: consentRefusalSentence(refusal) }
      : await deliverSend(this.#db, this.#secretKey, send, this.#options.sendTimeoutMs);
    if (!outcome.ok)
      this.#log.warn("outbox: send failed", {
        outboxId: send.id,
        attempt: send.attempts,
        permanent: outcome.permanent,
        error: outcome.error,
      });
    await recordSendOutcome(
      this.#db,
      send,
      outcome,
      this.#options.now(),
      this.#options.jitter?.() ?? Math.random(),
      refusal,
    );
  }
}
