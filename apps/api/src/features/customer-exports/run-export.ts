import { EXPORT_KEEP_DAYS, EXPORT_SCHEMA_VERSION, type CustomerExport } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { customerRecordIds } from "../audit/audit-where.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import { buildExportZip } from "./build-export-zip.ts";
import { EXPORT_LEASE_MS, type ClaimedExport } from "./claim-export.ts";
import { collectAccess } from "./collect-access.ts";
import { collectProfile } from "./collect-profile.ts";
import { collectTimeline } from "./collect-timeline.ts";

export interface RunExportOptions {
  now: () => Date;
  /** The largest ZIP kept in the database; a larger export fails with that reason. */
  maxBytes: number;
}

/**
 * Makes one claimed export: collects the person's data across their merged records, writes the
 * progress (renewing the lease) as the timeline is read, and stores the ZIP, or the reason it
 * failed. Only the claiming instance writes: every update names the job as running. Returns the
 * failure's reason, or null.
 */
export async function runExport(
  db: Kysely<Database>,
  job: ClaimedExport,
  options: RunExportOptions,
): Promise<string | null> {
  try {
    const liveId = await resolveLiveCustomerId(db, job.customer_id);
    const recordIds = await customerRecordIds(db, liveId);
    const profile = await collectProfile(db, recordIds);
    const timeline = await collectTimeline(db, recordIds, (done, total) =>
      progress(db, job.id, options.now(), done, total),
    );
    const data: CustomerExport = {
      schemaVersion: EXPORT_SCHEMA_VERSION,
      generatedAt: options.now().toISOString(),
      language: job.language,
      ...profile,
      conversations: timeline.conversations,
      access: await collectAccess(db, recordIds),
    };
    const zip = buildExportZip(data, timeline.files, job.time_zone);
    if (zip.length > options.maxBytes)
      throw new Error(
        `The export is ${megabytes(zip.length)} MB, more than the ${megabytes(options.maxBytes)} MB Emma keeps for a download`,
      );
    const finishedAt = options.now();
    await db
      .updateTable("customer_exports")
      .set({
        status: "done",
        result: zip,
        result_bytes: zip.length,
        finished_at: finishedAt,
        expires_at: new Date(finishedAt.getTime() + EXPORT_KEEP_DAYS * 24 * 60 * 60_000),
        lease_until: null,
      })
      .where("id", "=", job.id)
      .where("status", "=", "running")
      .execute();
    return null;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    await db
      .updateTable("customer_exports")
      .set({
        status: "failed",
        error: reason,
        finished_at: options.now(),
        lease_until: null,
      })
      .where("id", "=", job.id)
      .where("status", "=", "running")
      .execute();
    return reason;
  }
}

async function progress(db: Kysely<Database>, id: string, now: Date, done: number, total: number) {
  await db
    .updateTable("customer_exports")
    .set({
      progress_done: done,
      progress_total: total,
      lease_until: new Date(now.getTime() + EXPORT_LEASE_MS),
    })
    .where("id", "=", id)
    .where("status", "=", "running")
    .execute();
}

function megabytes(bytes: number): string {
  return (bytes / 1024 / 1024).toFixed(1);
}
