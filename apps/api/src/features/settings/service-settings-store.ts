import { DEFAULT_SERVICE_SETTINGS, serviceSettingsSchema, type ServiceSettings } from "@emma/core";
import type { Kysely, Transaction } from "kysely";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";

const KEY = "service";

export interface ServiceSettingsView extends ServiceSettings {
  /** When and by whom the settings were last saved; null: never, the defaults apply. */
  updatedAt: Date | null;
  updatedBy: string | null;
}

/**
 * The desk's business hours and response targets. Read per request (one indexed row), so several
 * API instances never disagree for long. A stored value that no longer parses is logged and the
 * defaults apply: reports and clocks keep working while an admin saves the settings again.
 */
export async function readServiceSettings(
  db: Kysely<Database> | Transaction<Database>,
  logger: Logger,
): Promise<ServiceSettingsView> {
  const row = await db
    .selectFrom("service_settings as s")
    .leftJoin("users as u", "u.id", "s.updated_by")
    .select(["s.value", "s.updated_at", "u.display_name"])
    .where("s.key", "=", KEY)
    .executeTakeFirst();
  if (!row) return { ...DEFAULT_SERVICE_SETTINGS, updatedAt: null, updatedBy: null };
  const parsed = serviceSettingsSchema.safeParse(row.value);
  if (!parsed.success) {
    logger.error("stored service settings do not parse; the defaults apply", { issues: parsed.error.issues });
    return { ...DEFAULT_SERVICE_SETTINGS, updatedAt: null, updatedBy: null };
  }
  return { ...parsed.data, updatedAt: row.updated_at, updatedBy: row.display_name };
}

export async function saveServiceSettings(
  db: Kysely<Database>,
  props: { settings: ServiceSettings; actorUserId: string; ip: string | null; now: Date; logger: Logger },
): Promise<ServiceSettingsView> {
  const { settings, actorUserId, ip, now, logger } = props;
  await db.transaction().execute(async (trx) => {
    const before = await readServiceSettings(trx, logger);
    const value = JSON.stringify(settings);
    await trx
      .insertInto("service_settings")
      .values({ key: KEY, value, updated_at: now, updated_by: actorUserId })
      .onConflict((oc) => oc.column("key").doUpdateSet({ value, updated_at: now, updated_by: actorUserId }))
      .execute();
    await writeAudit(trx, {
      actorUserId,
      action: "settings.updated",
      subjectType: "settings",
      subjectId: null,
      details: {
        setting: KEY,
        before: { businessHours: before.businessHours, responseTargets: before.responseTargets },
        after: settings,
      },
      ip,
      at: now,
    });
  });
  return readServiceSettings(db, logger);
}

/** The settings for a procedure's work, from its context. */
export function serviceSettingsFor(ctx: {
  services: { database: { db: Kysely<Database> }; log: Logger };
}): Promise<ServiceSettingsView> {
  return readServiceSettings(ctx.services.database.db, ctx.services.log);
}
