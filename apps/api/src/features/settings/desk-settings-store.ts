import type { Kysely, Transaction } from "kysely";
import type { z } from "zod";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";

/** One desk-wide setting: its row key, its contract and what applies until an admin saves one. */
export interface DeskSetting<T extends object> {
  key: string;
  schema: z.ZodType<T>;
  defaults: T;
}

export type DeskSettingView<T extends object> = T & {
  /** When and by whom the setting was last saved; null: never, the defaults apply. */
  updatedAt: Date | null;
  updatedBy: string | null;
};

/**
 * Read per request (one indexed row), so several API instances never disagree for long. A stored
 * value that no longer parses is logged and the defaults apply: whatever reads it keeps working
 * while an admin saves the setting again.
 */
export async function readDeskSetting<T extends object>(
  db: Kysely<Database> | Transaction<Database>,
  setting: DeskSetting<T>,
  logger: Logger,
): Promise<DeskSettingView<T>> {
  const row = await db
    .selectFrom("service_settings as s")
    .leftJoin("users as u", "u.id", "s.updated_by")
    .select(["s.value", "s.updated_at", "u.display_name"])
    .where("s.key", "=", setting.key)
    .executeTakeFirst();
  if (!row) return { ...setting.defaults, updatedAt: null, updatedBy: null };
  const parsed = setting.schema.safeParse(row.value);
  if (!parsed.success) {
    logger.error(`stored ${setting.key} settings do not parse; the defaults apply`, {
      issues: parsed.error.issues,
    });
    return { ...setting.defaults, updatedAt: null, updatedBy: null };
  }
  return { ...parsed.data, updatedAt: row.updated_at, updatedBy: row.display_name };
}

/** Saves the setting and audits `settings.updated` with the value before and after, in one transaction. */
export async function saveDeskSetting<T extends object>(
  db: Kysely<Database>,
  setting: DeskSetting<T>,
  props: { value: T; actorUserId: string; ip: string | null; now: Date; logger: Logger },
): Promise<DeskSettingView<T>> {
  const { value, actorUserId, ip, now, logger } = props;
  await db.transaction().execute(async (trx) => {
    const { updatedAt: _at, updatedBy: _by, ...before } = await readDeskSetting(trx, setting, logger);
    const json = JSON.stringify(value);
    await trx
      .insertInto("service_settings")
      .values({ key: setting.key, value: json, updated_at: now, updated_by: actorUserId })
      .onConflict((oc) =>
        oc.column("key").doUpdateSet({ value: json, updated_at: now, updated_by: actorUserId }),
      )
      .execute();
    await writeAudit(trx, {
      actorUserId,
      action: "settings.updated",
      subjectType: "settings",
      subjectId: null,
      details: { setting: setting.key, before, after: value },
      ip,
      at: now,
    });
  });
  return readDeskSetting(db, setting, logger);
}
