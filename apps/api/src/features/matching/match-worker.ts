import { randomUUID } from "node:crypto";
import { setTimeout as sleep } from "node:timers/promises";
import { MATCHER_EVALUATION, MERGE_DIFFERENCE_FIELDS, type MatcherEvaluation } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { DrainLoop } from "../../drain-loop.ts";
import { insertRealtimeEvents, notifyRealtime } from "../../realtime/publish.ts";
import type { Logger } from "../../services.ts";
import { yieldToEventLoop } from "../../yield-to-event-loop.ts";
import { mergeCustomers, type MergeActor } from "../merges/merge-customers.ts";
import { readMatchingSettings } from "../settings/matching-settings-store.ts";
import { checkCustomer, type AutoMerge, type CheckOptions } from "./check-customer.ts";
import type { WrittenIdentifierExtractor } from "./load-match-profiles.ts";
import {
  claimMatchChecks,
  failMatchCheck,
  finishEmptySweeps,
  finishMatchCheck,
  type ClaimedCheck,
} from "./match-check-queue.ts";

/** Emma itself, for a merge the matcher made on a score an admin allowed. */
export const MATCHER_ACTOR: MergeActor = { userId: null, displayName: "Emma" };

/** Customers claimed per round: a check takes milliseconds, so a batch ends well within its lease. */
const BATCH = 50;
/**
 * While messages are being ingested the matcher pauses this many times as long as each check took:
 * it then has at most a fifth of the machine, and customers' messages reach the console first.
 */
const GIVE_WAY_FACTOR = 4;
/** No pause longer than this, so a stop is never kept waiting. */
const MAX_PAUSE_MS = 500;

export interface MatchWorkerOptions {
  now: () => Date;
  /** Reads identifiers customers wrote in their messages (core's writtenIdentifiers in production). */
  extractWritten: WrittenIdentifierExtractor;
  defaultCountry: string;
  /** The evaluation automatic merges rely on; core's MATCHER_EVALUATION unless a test brings one. */
  evaluation?: MatcherEvaluation | null;
  /** Tests that drive checks by hand (`drain`) turn waking off. */
  paused?: boolean;
  /** Whether work that comes first (ingest) is under way: the matcher then paces itself. */
  givesWayTo?: () => boolean;
  /** How it waits between checks while giving way (tests observe it). */
  pause?: (ms: number) => Promise<void>;
}

/**
 * Compares customers with their possible twins: woken after ingest, merges and imports, and by a
 * periodic tick (sweeps, retries, checks an instance left behind when it died). Safe with any number
 * of instances: checks are claimed SKIP LOCKED with a lease, so no customer is checked twice at once.
 */
export class MatchWorker extends DrainLoop {
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  readonly #options: MatchWorkerOptions;
  /** This instance, in the leases it takes. */
  readonly owner = randomUUID();

  constructor(db: Kysely<Database>, log: Logger, options: MatchWorkerOptions) {
    super({ log, failure: "matching: stopped; the next tick tries again", paused: options.paused });
    this.#db = db;
    this.#log = log;
    this.#options = options;
  }

  get evaluation(): MatcherEvaluation | null {
    return this.#options.evaluation === undefined ? MATCHER_EVALUATION : this.#options.evaluation;
  }

  protected async round(): Promise<boolean> {
    const now = this.#options.now();
    const claimed = await claimMatchChecks(this.#db, { owner: this.owner, now, limit: BATCH });
    if (claimed.length === 0) {
      await finishEmptySweeps(this.#db, now);
      return false;
    }
    const settings = await readMatchingSettings(this.#db, this.#log);
    for (const check of claimed) {
      if (this.stopped) break;
      const started = performance.now();
      await this.#check(check, {
        sources: {
          extractWritten: this.#options.extractWritten,
          defaultCountry: this.#options.defaultCountry,
        },
        now: this.#options.now(),
        settings,
        evaluation: this.evaluation,
      });
      if (this.#options.givesWayTo?.()) {
        const took = performance.now() - started;
        await (this.#options.pause ?? sleep)(Math.min(MAX_PAUSE_MS, took * GIVE_WAY_FACTOR));
      } else await yieldToEventLoop();
    }
    return true;
  }

  async #check(check: ClaimedCheck, options: CheckOptions): Promise<void> {
    try {
      const result = await this.#db.transaction().execute(async (trx) => {
        const outcome = await checkCustomer(trx, check.customerId, options);
        await finishMatchCheck(trx, check, {
          owner: this.owner,
          suggested: outcome.suggested,
          now: options.now,
        });
        await notifyRealtime(trx, await insertRealtimeEvents(trx, outcome.realtime));
        return outcome;
      });
      if (result.autoMerge) await this.#mergeAlone(result.autoMerge, options.now);
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const gaveUp = await failMatchCheck(this.#db, check, {
        owner: this.owner,
        error: message,
        now: options.now,
      });
      this.#log.warn(
        gaveUp
          ? "matching: a check failed too often; given up"
          : "matching: a check failed; tried again later",
        {
          customerId: check.customerId,
          attempts: check.attempts + 1,
          error: message,
        },
      );
    }
  }

  /**
   * A merge an admin allowed on the score: recorded as Emma's, with the suggestion's evidence, and
   * undoable like any other. If it is refused (merged meanwhile), the suggestion stays for an agent.
   */
  async #mergeAlone(merge: AutoMerge, now: Date): Promise<void> {
    try {
      await mergeCustomers(this.#db, {
        caller: MATCHER_ACTOR,
        input: {
          survivorId: merge.survivorId,
          absorbedId: merge.absorbedId,
          suggestionId: merge.suggestionId,
          reason: `Emma merged them on a likeness score of ${merge.score.toFixed(3)}, which an admin allowed`,
          // The evaluated score stands in for an agent's look: the survivor's name and language stay.
          confirmedDifferences: [...MERGE_DIFFERENCE_FIELDS],
        },
        ip: null,
        now,
      });
      this.#log.info("matching: merged on a score an admin allowed", { ...merge });
    } catch (error) {
      this.#log.warn("matching: an automatic merge was refused; the suggestion stays for an agent", {
        ...merge,
        error: error instanceof Error ? error.message : String(error),
      });
    }
  }
}
