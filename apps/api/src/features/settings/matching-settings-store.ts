import {
  DEFAULT_MATCHING_SETTINGS,
  matchingSettingsRefusal,
  matchingSettingsSchema,
  type MatcherEvaluation,
  type MatchingSettings,
} from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely, Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import {
  readDeskSetting,
  saveDeskSetting,
  type DeskSetting,
  type DeskSettingView,
} from "./desk-settings-store.ts";

/** What the matcher may do without an agent: read by every match check. */
const MATCHING: DeskSetting<MatchingSettings> = {
  key: "matching",
  schema: matchingSettingsSchema,
  defaults: DEFAULT_MATCHING_SETTINGS,
};

export type MatchingSettingsView = DeskSettingView<MatchingSettings>;

export function readMatchingSettings(
  db: Kysely<Database> | Transaction<Database>,
  logger: Logger,
): Promise<MatchingSettingsView> {
  return readDeskSetting(db, MATCHING, logger);
}

/** Refuses a threshold the matcher's evaluation does not back (precision below 0.999 there). */
export function saveMatchingSettings(
  db: Kysely<Database>,
  props: {
    settings: MatchingSettings;
    evaluation: MatcherEvaluation | null;
    actorUserId: string;
    ip: string | null;
    now: Date;
    logger: Logger;
  },
): Promise<MatchingSettingsView> {
  const { settings, evaluation, ...rest } = props;
  const refusal = matchingSettingsRefusal(settings, evaluation);
  if (refusal) throw new TRPCError({ code: "BAD_REQUEST", message: refusal });
  return saveDeskSetting(db, MATCHING, { value: settings, ...rest });
}
