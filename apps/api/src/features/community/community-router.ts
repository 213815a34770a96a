import { communitySuggestionsInputSchema, communitySuggestionsResultSchema } from "@emma/core";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { suggestTopics } from "./suggest-topics.ts";

export const communityRouter = router({
  // conversation.read and an existing conversation: what conversations.get asks of its caller.
  suggestions: procedureWith("conversation.read")
    .input(communitySuggestionsInputSchema)
    .output(communitySuggestionsResultSchema)
    .query(({ ctx, input }) => suggestTopics(ctx.services.database.db, input)),
});
