import {
  conversationAddNoteInputSchema,
  conversationAssignInputSchema,
  conversationGetInputSchema,
  conversationListInputSchema,
  conversationReplyInputSchema,
  conversationSetStatusInputSchema,
} from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { addNote } from "./add-note.ts";
import { assignConversation } from "./assign-conversation.ts";
import { getConversation } from "./get-conversation.ts";
import { listConversations } from "./list-conversations.ts";
import { queueCounts } from "./queue-counts.ts";
import { replyToConversation } from "./reply-to-conversation.ts";
import { setConversationStatus } from "./set-conversation-status.ts";

export const conversationsRouter = router({
  list: procedureWith("conversation.read")
    .input(conversationListInputSchema)
    .query(({ ctx, input }) => listConversations(ctx.services.database.db, ctx.caller, input)),
  counts: procedureWith("conversation.read").query(({ ctx }) =>
    queueCounts(ctx.services.database.db, ctx.caller),
  ),
  get: procedureWith("conversation.read")
    .input(conversationGetInputSchema)
    .query(({ ctx, input }) =>
      getConversation(ctx.services.database.db, {
        ...acting(ctx),
        conversationId: input.conversationId,

        audit: ctx.services.readAudit,
      }),
    ),
  assign: procedureWith("conversation.assign")
    .input(conversationAssignInputSchema)
    .mutation(({ ctx, input }) => assignConversation(ctx.services.database.db, { ...acting(ctx), input })),
  setStatus: procedureWith("conversation.setStatus")
    .input(conversationSetStatusInputSchema)
    .mutation(({ ctx, input }) => setConversationStatus(ctx.services.database.db, { ...acting(ctx), input })),
  addNote: procedureWith("conversation.note")
    .input(conversationAddNoteInputSchema)
    .mutation(({ ctx, input }) => addNote(ctx.services.database.db, { ...acting(ctx), input })),
  reply: procedureWith("conversation.reply")
    .input(conversationReplyInputSchema)
    .mutation(({ ctx, input }) => replyToConversation(ctx.services.database.db, { ...acting(ctx), input })),
});
