import { matchingSettingsSchema, retentionSettingsSchema, serviceSettingsSchema } from "@emma/core";
import { readMatchingSettings, saveMatchingSettings } from "./matching-settings-store.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { readRetentionSettings, saveRetentionSettings } from "./retention-settings-store.ts";
import { readServiceSettings, saveServiceSettings } from "./service-settings-store.ts";

/** Desk-wide settings: what admins set once and reports, clocks, retention and erasure read. */
export const settingsRouter = router({
  service: procedureWith("settings.manage").query(({ ctx }) =>
    readServiceSettings(ctx.services.database.db, ctx.services.log),
  ),
  saveService: procedureWith("settings.manage")
    .input(serviceSettingsSchema)
    .mutation(({ ctx, input }) =>
      saveServiceSettings(ctx.services.database.db, {
        settings: input,
        actorUserId: ctx.caller.userId,
        ip: ctx.ip,
        now: ctx.services.now(),
        logger: ctx.services.log,
      }),
    ),
  /** Whether Emma merges on a likeness score alone, and from which score. */
  // With the evaluation the choice rests on: the admin sees which thresholds it backs, and why.
  matching: procedureWith("settings.manage").query(async ({ ctx }) => ({
    ...(await readMatchingSettings(ctx.services.database.db, ctx.services.log)),
    evaluation: ctx.services.matching.evaluation,
  })),
  /** Refuses a threshold the matcher's evaluation does not back (precision below 0.999). */
  saveMatching: procedureWith("settings.manage")
    .input(matchingSettingsSchema)
    .mutation(({ ctx, input }) =>
      saveMatchingSettings(ctx.services.database.db, {
        settings: input,
        evaluation: ctx.services.matching.evaluation,
        actorUserId: ctx.caller.userId,
        ip: ctx.ip,
        now: ctx.services.now(),
        logger: ctx.services.log,
      }),
    ),
  retention: procedureWith("settings.manage").query(({ ctx }) =>
    readRetentionSettings(ctx.services.database.db, ctx.services.log),
  ),
  saveRetention: procedureWith("settings.manage")
    .input(retentionSettingsSchema)
    .mutation(({ ctx, input }) =>
      saveRetentionSettings(ctx.services.database.db, {
        settings: input,
        actorUserId: ctx.caller.userId,
        ip: ctx.ip,
        now: ctx.services.now(),
        logger: ctx.services.log,
      }),
    ),
});
