import { retentionSettingsSchema } from "@emma/core";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { applyRetention } from "./apply-retention.ts";
import { previewRetention } from "./preview-retention.ts";
import { lastRetentionRun } from "./retention-runs.ts";

/** The retention job as admins see it: what rules would change now, the last run, and a run on demand. */
export const retentionRouter = router({
  preview: procedureWith("settings.manage")
    .input(retentionSettingsSchema)
    .query(({ ctx, input }) => previewRetention(ctx.services.database.db, input, ctx.services.now())),
  lastRun: procedureWith("settings.manage").query(({ ctx }) => lastRetentionRun(ctx.services.database.db)),
  runNow: procedureWith("settings.manage").mutation(({ ctx }) =>
    applyRetention(
      { db: ctx.services.database.db, log: ctx.services.log, now: ctx.services.now },
      { trigger: "admin", startedBy: ctx.caller.userId, ip: ctx.ip },
    ),
  ),
});
