import { createHash } from "node:crypto";
import { retryDelayMs } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { ClaimedFetch } from "./claim-file-fetches.ts";
import { finalFailure, type FetchOutcome, type FinalFailure } from "./fetch-outcome.ts";
import { patchAttachment } from "./patch-attachment.ts";

/** Network errors and 5xx are tried this often (30 s, 1 min, 2 min … about 2 h in all), then given up. */
export const MAX_FETCH_ATTEMPTS = 8;

export type FetchVerdict = "kept" | "failed" | "retry";

/**
 * Keeps the file (once per content) and points the attachment at it, or records why it was given
 * up, in one transaction with the queue row's removal; a transient failure is retried with backoff.
 */
export async function recordFetchOutcome(
  db: Kysely<Database>,
  claimed: ClaimedFetch,
  outcome: FetchOutcome,
  now: Date,
  jitter: number,
): Promise<FetchVerdict> {
  if (!outcome.ok && !outcome.final && claimed.attempts < MAX_FETCH_ATTEMPTS) {
    await db
      .updateTable("file_fetches")
      .set({
        next_attempt_at: new Date(now.getTime() + retryDelayMs(claimed.attempts, jitter)),
        last_error: outcome.error,
      })
      .where("id", "=", claimed.id)
      .execute();
    return "retry";
  }
  const at = now.toISOString();
  return db.transaction().execute(async (trx) => {
    if (outcome.ok) {
      const sha256 = createHash("sha256").update(outcome.content).digest("hex");
      await trx
        .insertInto("kept_files")
        .values({
          sha256,
          content: outcome.content,
          content_type: outcome.contentType ?? "application/octet-stream",
          size: outcome.content.length,
          fetched_at: now,
        })
        .onConflict((conflict) => conflict.column("sha256").doNothing())
        .execute();
      await patchAttachment(trx, claimed, (attachment) => ({
        ...attachment,
        sha256,
        size: outcome.content.length,
        contentType: vague(attachment.contentType)
          ? (outcome.contentType ?? attachment.contentType)
          : attachment.contentType,
        fetch: { state: "kept", at },
      }));
    } else {
      const failure: FinalFailure = outcome.final ? outcome.failure : finalFailure("unreachable").failure;
      await patchAttachment(trx, claimed, (attachment) => ({
        ...attachment,
        fetch: { state: "failed", at, ...failure },
      }));
    }
    await trx.deleteFrom("file_fetches").where("id", "=", claimed.id).execute();
    return outcome.ok ? "kept" : "failed";
  });
}

/** Messenger says only "image" or "file": a type the server that has the file can tell better. */
function vague(contentType: string): boolean {
  return (
    contentType === "" || contentType === "application/octet-stream" || !/^[^/*]+\/[^/*]+$/.test(contentType)
  );
}
