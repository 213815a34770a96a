import { randomUUID } from "node:crypto";
import { pollRetryDelayMs, withoutNul } from "@emma/core";
import { ReconnectNeededError, RetryLaterError, connectorOf } from "@emma/connectors";
import type { Kysely } from "kysely";
import type { SecretKey } from "../crypto/secret-box.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { loadConnector, type LoadedConnector } from "./load-connector.ts";
import { pollConnector } from "./poll-connector.ts";
import { markReconnectNeeded } from "./reconnect-state.ts";
import { holdPollLease, releasePollLeases } from "./poll-lease.ts";

const DEFAULT_POLL_SECONDS = 60;

export interface PollerOptions {
  now: () => Date;
  /** Called when new raw events were stored, so they are processed at once. */
  onStored: () => void;
}

/**
 * Polls every enabled connector that can poll (email) on its own interval, and keeps an IDLE-style
 * watch open where the connector has one, which polls at once when the provider signals new mail.
 * With several API instances, the poll lease gives each connector to one of them at a time.
 */
export class ConnectorPoller {
  readonly #owner = randomUUID();
  readonly #lastPolled = new Map<string, number>();
  readonly #watchers = new Map<string, AbortController>();
  readonly #due = new Set<string>();
  readonly #stopping = new AbortController();
  #running: Promise<void> | undefined;
  #again = false;

  constructor(
    private readonly db: Kysely<Database>,
    private readonly log: Logger,
    private readonly secretKey: SecretKey,
    private readonly options: PollerOptions,
  ) {}

  /** Runs a round now, or right after the one in progress. */
  kick(): Promise<void> {
    if (this.#stopping.signal.aborted) return Promise.resolve();
    if (this.#running) {
      this.#again = true;
      return this.#running;
    }
    this.#running = this.#rounds().finally(() => (this.#running = undefined));
    return this.#running;
  }

  async stop(): Promise<void> {
    this.#stopping.abort();
    for (const watcher of this.#watchers.values()) watcher.abort();
    await this.#running;
    await releasePollLeases(this.db, this.#owner);
  }

  async #rounds(): Promise<void> {
    do {
      this.#again = false;
      await this.#round();
    } while (this.#wantsAnother());
  }

  #wantsAnother(): boolean {
    return this.#again && !this.#stopping.signal.aborted;
  }

  async #round(): Promise<void> {
    const rows = await this.db
      .selectFrom("connectors")
      .select(["id", "kind", "config", "poll_retry_at"])
      .where("enabled", "=", true)
      .execute();
    const polling = rows.filter((row) => connectorOf(row.kind)?.poll !== undefined);
    for (const [id, watcher] of this.#watchers)
      if (!polling.some((row) => row.id === id)) {
        watcher.abort();
        this.#watchers.delete(id);
      }
    for (const row of polling) {
      if (this.#stopping.signal.aborted) return;
      const now = this.options.now();
      if (!(await holdPollLease(this.db, row.id, this.#owner, now))) {
        this.#watchers.get(row.id)?.abort();
        continue;
      }
      // Failing: not even a watch (a login too) until the backoff has passed.
      if (row.poll_retry_at !== null && now < row.poll_retry_at) continue;
      const everyMs = pollSeconds(row.config) * 1000;
      const due = this.#due.has(row.id) || now.getTime() - (this.#lastPolled.get(row.id) ?? 0) >= everyMs;
      if (!due && this.#watchers.has(row.id)) continue;
      let loaded: LoadedConnector;
      try {
        loaded = await loadConnector(this.db, this.secretKey, row.id);
      } catch (error) {
        await this.#recordFailure(row.id, everyMs, error);
        continue;
      }
      // The watch opens once a poll got through, so a refused login is tried once per backoff step.
      if (due && !(await this.#poll(loaded, everyMs))) continue;
      if (loaded.connector.watch && !this.#watchers.has(row.id)) this.#watch(loaded, everyMs);
    }
  }

  async #poll(loaded: LoadedConnector, everyMs: number): Promise<boolean> {
    this.#due.delete(loaded.id);
    this.#lastPolled.set(loaded.id, this.options.now().getTime());
    try {
      const result = await pollConnector(this.db, loaded, this.#stopping.signal, this.options.now);
      if (result.stored > 0) {
        this.log.info("poller: new items stored", { connectorId: loaded.id, ...result });
        this.options.onStored();
      }
      return true;
    } catch (error) {
      await this.#recordFailure(loaded.id, everyMs, error);
      return false;
    }
  }

  #watch(loaded: LoadedConnector, everyMs: number): void {
    const watcher = new AbortController();
    this.#watchers.set(loaded.id, watcher);
    const signal = AbortSignal.any([watcher.signal, this.#stopping.signal]);
    const onChange = () => {
      this.#due.add(loaded.id);
      void this.kick();
    };
    loaded.connector
      .watch?.({ ...loaded.context, signal }, onChange)
      .catch(async (error: unknown) => {
        // A watch that ends counts as a failure: a server dropping every new connection must not
        // see a new login each round. The next round after the backoff opens a new watch.
        if (signal.aborted) return;
        this.log.warn("poller: watch ended", { connectorId: loaded.id, error: messageOf(error) });
        await this.#recordFailure(loaded.id, everyMs, error).catch((failure: unknown) =>
          this.log.error("poller: could not record a failed watch", {
            connectorId: loaded.id,
            error: messageOf(failure),
          }),
        );
      })
      .finally(() => {
        if (this.#watchers.get(loaded.id) === watcher) this.#watchers.delete(loaded.id);
      });
  }

  /**
   * Shows the failure on the connector and sets the next try by core's backoff, or at the time the
   * provider named (a rate limit is no failure of ours). A connection only an admin can mend says so.
   */
  async #recordFailure(connectorId: string, everyMs: number, error: unknown): Promise<void> {
    // A provider's error text may carry a NUL, which PostgreSQL cannot store.
    const message = withoutNul(messageOf(error)).slice(0, 2000);
    const now = this.options.now();
    if (error instanceof RetryLaterError) {
      await this.db
        .updateTable("connectors")
        .set({ poll_retry_at: error.retryAt })
        .where("id", "=", connectorId)
        .execute();
      this.log.info("poller: the provider asked to wait", {
        connectorId,
        reason: message,
        retryAt: error.retryAt.toISOString(),
      });
      return;
    }
    if (error instanceof ReconnectNeededError) await markReconnectNeeded(this.db, connectorId, message, now);
    const { poll_failures: failures } = await this.db
      .updateTable("connectors")
      .set((eb) => ({
        last_error: message,
        last_error_at: now,
        poll_failures: eb("poll_failures", "+", 1),
      }))
      .where("id", "=", connectorId)
      .returning("poll_failures")
      .executeTakeFirstOrThrow();
    const retryAt = new Date(now.getTime() + pollRetryDelayMs(failures, everyMs));
    await this.db
      .updateTable("connectors")
      .set({ poll_retry_at: retryAt })
      .where("id", "=", connectorId)
      .execute();
    this.log.warn("poller: connector failed", {
      connectorId,
      error: message,
      failures,
      retryAt: retryAt.toISOString(),
    });
  }
}

function pollSeconds(config: unknown): number {
  if (typeof config === "object" && config !== null && "pollIntervalSeconds" in config) {
    const seconds = config.pollIntervalSeconds;
    if (typeof seconds === "number" && seconds >= 5) return seconds;
  }
  return DEFAULT_POLL_SECONDS;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
