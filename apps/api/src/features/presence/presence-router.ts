import { presenceUpdateInputSchema } from "@emma/core";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { updatePresence } from "./update-presence.ts";

export const presenceRouter = router({
  // Whoever may read a conversation may say they are in it.
  update: procedureWith("conversation.read")
    .input(presenceUpdateInputSchema)
    .mutation(({ ctx, input }) => updatePresence(ctx.services.database.db, { caller: ctx.caller, input })),
});
