import { timelineListInputSchema } from "@emma/core";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { listTimeline } from "./list-timeline.ts";

export const timelineRouter = router({
  list: procedureWith("timeline.read")
    .input(timelineListInputSchema)
    .query(({ ctx, input }) =>
      listTimeline(ctx.services.database.db, {
        caller: ctx.caller,
        input,
        ip: ctx.ip,
        now: ctx.services.now(),
        audit: ctx.services.readAudit,
      }),
    ),
});
