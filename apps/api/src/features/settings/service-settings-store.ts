import { DEFAULT_SERVICE_SETTINGS, serviceSettingsSchema, type ServiceSettings } from "@emma/core";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import {
  readDeskSetting,
  saveDeskSetting,
  type DeskSetting,
  type DeskSettingView,
} from "./desk-settings-store.ts";

/** The desk's business hours and response targets, which reports, queue clocks and journeys read. */
const SERVICE: DeskSetting<ServiceSettings> = {
  key: "service",
  schema: serviceSettingsSchema,
  defaults: DEFAULT_SERVICE_SETTINGS,
};

export type ServiceSettingsView = DeskSettingView<ServiceSettings>;

export function readServiceSettings(
  db: Kysely<Database> | Transaction<Database>,
  logger: Logger,
): Promise<ServiceSettingsView> {
  return readDeskSetting(db, SERVICE, logger);
}

export function saveServiceSettings(
  db: Kysely<Database>,
  props: { settings: ServiceSettings; actorUserId: string; ip: string | null; now: Date; logger: Logger },
): Promise<ServiceSettingsView> {
  const { settings, ...rest } = props;
  return saveDeskSetting(db, SERVICE, { value: settings, ...rest });
}

/** The settings for a procedure's work, from its context. */
export function serviceSettingsFor(ctx: {
  services: { database: { db: Kysely<Database> }; log: Logger };
}): Promise<ServiceSettingsView> {
  return readServiceSettings(ctx.services.database.db, ctx.services.log);
}
