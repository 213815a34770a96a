import {
  conversationAddNoteInputSchema,
  conversationAssignInputSchema,
  conversationAttachCustomerInputSchema,
  conversationGetInputSchema,
  conversationListInputSchema,
  conversationReplyInputSchema,
  conversationRetryDeliveryInputSchema,
  conversationSetStatusInputSchema,
} from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { addNote } from "./add-note.ts";
import { assignConversation } from "./assign-conversation.ts";
import { attachCustomer } from "./attach-customer.ts";
import { getConversation } from "./get-conversation.ts";
import { listConversations } from "./list-conversations.ts";
import { queueCounts } from "./queue-counts.ts";
import { replyToConversation } from "./reply-to-conversation.ts";
import { retryDelivery } from "./retry-delivery.ts";
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
  attachCustomer: procedureWith("conversation.attachCustomer")
    .input(conversationAttachCustomerInputSchema)
    .mutation(({ ctx, input }) => attachCustomer(ctx.services.database.db, { ...acting(ctx), input })),
  addNote: procedureWith("conversation.note")
    .input(conversationAddNoteInputSchema)
    .mutation(({ ctx, input }) => addNote(ctx.services.database.db, { ...acting(ctx), input })),
  retryDelivery: procedureWith("conversation.reply")
    .input(conversationRetryDeliveryInputSchema)
    .mutation(async ({ ctx, input }) => {
      const retried = await retryDelivery(ctx.services.database.db, { ...acting(ctx), input });
      ctx.services.outbox.wake();
      return retried;
    }),
  reply: procedureWith("conversation.reply")
    .input(conversationReplyInputSchema)
    .mutation(async ({ ctx, input }) => {
      const reply = await replyToConversation(ctx.services.database.db, { ...acting(ctx), input });
      // Committed: the outbox worker may take it now.
      ctx.services.outbox.wake();
      return reply;
    }),
});
