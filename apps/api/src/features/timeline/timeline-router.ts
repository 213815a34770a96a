import { timelineListInputSchema } from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { listTimeline } from "./list-timeline.ts";

export const timelineRouter = router({
  list: procedureWith("timeline.read")
    .input(timelineListInputSchema)
    .query(({ ctx, input }) =>
      listTimeline(ctx.services.database.db, {
        ...acting(ctx),
        input,

        audit: ctx.services.readAudit,
      }),
    ),
});
