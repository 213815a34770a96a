import { DEFAULT_RETENTION_SETTINGS, retentionSettingsSchema, type RetentionSettings } from "@emma/core";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import {
  readDeskSetting,
  saveDeskSetting,
  type DeskSetting,
  type DeskSettingView,
} from "./desk-settings-store.ts";

/** How long Emma keeps what, and the duties to keep: read by the retention job and by erasure. */
const RETENTION: DeskSetting<RetentionSettings> = {
  key: "retention",
  schema: retentionSettingsSchema,
  defaults: DEFAULT_RETENTION_SETTINGS,
};

export type RetentionSettingsView = DeskSettingView<RetentionSettings>;

export function readRetentionSettings(
  db: Kysely<Database> | Transaction<Database>,
  logger: Logger,
): Promise<RetentionSettingsView> {
  return readDeskSetting(db, RETENTION, logger);
}

export function saveRetentionSettings(
  db: Kysely<Database>,
  props: { settings: RetentionSettings; actorUserId: string; ip: string | null; now: Date; logger: Logger },
): Promise<RetentionSettingsView> {
  const { settings, ...rest } = props;
  return saveDeskSetting(db, RETENTION, { value: settings, ...rest });
}
