import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { storeInboundEvent, type RawInboundEvent, type StoredInboundEvent } from "./store-inbound-event.ts";
import { storeInboundEvents } from "./store-inbound-events.ts";

interface Waiting {
  event: RawInboundEvent;
  resolve: (stored: StoredInboundEvent) => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for webhooks: deliveries that arrive while a commit is in flight are stored together
 * in the next one, so many senders share one WAL flush instead of paying one each. Every sender is
 * still answered only after its own event is committed (DESIGN invariant 1). If a shared commit
 * fails, each event of it is tried alone, so one bad delivery cannot fail its neighbours.
 */
export class InboundStore {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #maxBatch: number;
  readonly #maxInFlight: number;
  #waiting: Waiting[] = [];
  #inFlight = 0;

  constructor(db: Kysely<Database>, log: Logger, options: { maxBatch: number; maxInFlight: number }) {
    this.#db = db;
    this.#log = log;
    this.#maxBatch = options.maxBatch;
    this.#maxInFlight = options.maxInFlight;
  }

  store(event: RawInboundEvent): Promise<StoredInboundEvent> {
    return new Promise((resolve, reject) => {
      this.#waiting.push({ event, resolve, reject });
      this.#next();
    });
  }

  #next(): void {
    while (this.#inFlight < this.#maxInFlight && this.#waiting.length > 0) {
      const batch = this.#waiting.splice(0, this.#maxBatch);
      this.#inFlight += 1;
      void this.#commit(batch).finally(() => {
        this.#inFlight -= 1;
        this.#next();
      });
    }
  }

  async #commit(batch: Waiting[]): Promise<void> {
    try {
      const stored =
        batch.length === 1 && batch[0]
          ? [await storeInboundEvent(this.#db, batch[0].event)]
          : await storeInboundEvents(
              this.#db,
              batch.map((w) => w.event),
            );
      batch.forEach((waiting, index) => {
        const result = stored[index];
        if (result) waiting.resolve(result);
        else waiting.reject(new Error("raw event not stored"));
      });
    } catch (error) {
      if (batch.length === 1) {
        batch[0]?.reject(error);
        return;
      }
      this.#log.warn("inbound: a shared commit failed; storing its events one by one", {
        error: String(error),
      });
      await Promise.all(
        batch.map((waiting) =>
          storeInboundEvent(this.#db, waiting.event).then(waiting.resolve, waiting.reject),
        ),
      );
    }
  }
}
