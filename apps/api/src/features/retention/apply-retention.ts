import {
  NO_RETENTION_COUNTS,
  retentionCutoffs,
  type RetentionCounts,
  type RetentionRun,
  type RetentionRunNowResult,
} from "@emma/core";
import type { Kysely, Transaction } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import { readRetentionSettings } from "../settings/retention-settings-store.ts";
import { dueAuditEntries, dueRawEvents } from "./due-rows.ts";
import { removeConversationContent } from "./remove-conversation-content.ts";
import { removeRawEventContent } from "./remove-raw-event-content.ts";
import { removeRecordings } from "./remove-recordings.ts";
import { claimRetentionRun, finishRetentionRun, recordRetentionProgress } from "./retention-runs.ts";

/** Rows per transaction: short enough that no lock is held for long. */
export const RETENTION_BATCH_ROWS = 500;
/** Conversations per transaction: each brings its items, replies and files along. */
export const RETENTION_BATCH_CONVERSATIONS = 50;
/** How long a mailed identity code's row is kept: its hash and masked address, for the day's questions. */
const IDENTITY_CODES_KEPT_MS = 86_400_000;

export interface RetentionDeps {
  db: Kysely<Database>;
  log: Logger;
  now: () => Date;
}

/**
 * Applies the saved rules once, batch by batch, on whichever instance gets the run (see
 * claimRetentionRun); the others answer "busy". Conversations go first, so the raw events behind
 * them go with them. Logged, and audited once per run that removed something or that an admin
 * started (an hourly run that found nothing is in the run list, not the audit log).
 */
export async function applyRetention(
  deps: RetentionDeps,
  props: { trigger: RetentionRun["trigger"]; startedBy: string | null; ip: string | null },
): Promise<RetentionRunNowResult> {
  const { db, log } = deps;
  const startedAt = deps.now();
  const runId = await claimRetentionRun(db, {
    trigger: props.trigger,
    startedBy: props.startedBy,
    now: startedAt,
  });
  if (runId === null) {
    log.info("retention: another run is under way", { trigger: props.trigger });
    return { outcome: "busy" };
  }
  const { updatedAt: _at, updatedBy: _by, ...settings } = await readRetentionSettings(db, log);
  const { kinds, duties } = retentionCutoffs(settings, startedAt);
  const counts: RetentionCounts = { ...NO_RETENTION_COUNTS };
  const inBatches = async (limit: number, batch: (trx: Transaction<Database>) => Promise<number>) => {
    for (;;) {
      const changed = await db.transaction().execute(batch);
      await recordRetentionProgress(db, runId, { counts, now: deps.now() });
      if (changed < limit) return;
    }
  };
  let error: string | null = null;
  try {
    const conversationsCutoff = kinds.resolvedConversations;
    if (conversationsCutoff)
      await inBatches(RETENTION_BATCH_CONVERSATIONS, async (trx) => {
        const removed = await removeConversationContent(trx, {
          cutoff: conversationsCutoff,
          duties,
          now: startedAt,
          limit: RETENTION_BATCH_CONVERSATIONS,
        });
        counts.resolvedConversations += removed.conversations;
        counts.rawInboundEvents += removed.rawEvents;
        return removed.conversations;
      });
    const rawCutoff = kinds.rawInboundEvents;
    if (rawCutoff)
      await inBatches(RETENTION_BATCH_ROWS, async (trx) => {
        const due = await dueRawEvents(trx, rawCutoff)
          .select("id")
          .orderBy("received_at")
          .limit(RETENTION_BATCH_ROWS)
          .forUpdate()
          .skipLocked()
          .execute();
        counts.rawInboundEvents += await removeRawEventContent(
          trx,
          due.map((row) => row.id),
          startedAt,
        );
        return due.length;
      });
    const recordingsCutoff = kinds.callRecordings;
    if (recordingsCutoff)
      await inBatches(RETENTION_BATCH_ROWS, async (trx) => {
        const removed = await removeRecordings(trx, {
          cutoff: recordingsCutoff,
          now: startedAt,
          limit: RETENTION_BATCH_ROWS,
        });
        counts.callRecordings += removed;
        return removed;
      });
    const auditCutoff = kinds.auditEntries;
    if (auditCutoff)
      await inBatches(RETENTION_BATCH_ROWS, async (trx) => {
        const due = await dueAuditEntries(trx, auditCutoff)
          .select("id")
          .orderBy("at")
          .limit(RETENTION_BATCH_ROWS)
          .execute();
        if (due.length > 0)
          await trx
            .deleteFrom("audit_log")
            .where(
              "id",
              "in",
              due.map((row) => row.id),
            )
            .execute();
        counts.auditEntries += due.length;
        return due.length;
      });
    // Mailed identity codes serve a merge within the hour; after a day nothing needs them, whatever the rules.
    await db
      .deleteFrom("identity_codes")
      .where("sent_at", "<", new Date(startedAt.getTime() - IDENTITY_CODES_KEPT_MS))
      .execute();
  } catch (failure) {
    error = failure instanceof Error ? failure.message : String(failure);
  }
  const finishedAt = deps.now();
  await finishRetentionRun(db, runId, { counts, error, now: finishedAt });
  const removedAny = Object.values(counts).some((count) => count > 0);
  if (removedAny || props.trigger === "admin")
    await writeAudit(db, {
      actorUserId: props.startedBy,
      action: "retention.applied",
      subjectType: "retention_run",
      subjectId: runId,
      details: { trigger: props.trigger, counts, rules: settings.rules, ...(error ? { error } : {}) },
      ip: props.ip,
      at: finishedAt,
    });
  if (error !== null) {
    log.error("retention: run stopped early", { runId, counts, error });
    throw new Error(`The retention run stopped early: ${error}`);
  }
  log.info("retention: applied", { runId, trigger: props.trigger, counts });
  return { outcome: "applied", counts };
}
