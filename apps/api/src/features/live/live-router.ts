import { procedureWith, router } from "../../trpc/trpc.ts";
import { serviceSettingsFor } from "../settings/service-settings-store.ts";
import { liveOverview } from "./live-overview.ts";

export const liveRouter = router({
  // conversation.readAll, not report.read: the view lists every open conversation by name, subject
  // and customer, which is what the "all" queue guards; report.read gives figures, not cases.
  overview: procedureWith("conversation.readAll").query(async ({ ctx }) =>
    liveOverview(ctx.services.database.db, {
      now: ctx.services.now(),
      service: await serviceSettingsFor(ctx),
    }),
  ),
});
