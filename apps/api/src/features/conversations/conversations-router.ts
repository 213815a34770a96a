import {
  conversationAddNoteInputSchema,
  conversationAssignInputSchema,
  conversationAttachCustomerInputSchema,
  conversationBulkUpdateInputSchema,
  conversationGetInputSchema,
  conversationListInputSchema,
  conversationReplyInputSchema,
  conversationRetryDeliveryInputSchema,
  conversationSetStatusInputSchema,
  conversationSetTagsInputSchema,
  conversationTagsInputSchema,
} from "@emma/core";
import { acting } from "../../trpc/context.ts";
import { serviceSettingsFor } from "../settings/service-settings-store.ts";
import { procedureWith, router } from "../../trpc/trpc.ts";
import { addNote } from "./add-note.ts";
import { assignConversation } from "./assign-conversation.ts";
import { attachCustomer } from "./attach-customer.ts";
import { bulkUpdate } from "./bulk-update.ts";
import { getConversation } from "./get-conversation.ts";
import { listConversations } from "./list-conversations.ts";
import { listTags } from "./list-tags.ts";
import { queueCounts } from "./queue-counts.ts";
import { replyToConversation } from "./reply-to-conversation.ts";
import { retryDelivery } from "./retry-delivery.ts";
import { setConversationStatus } from "./set-conversation-status.ts";
import { setConversationTags } from "./set-conversation-tags.ts";

export const conversationsRouter = router({
  list: procedureWith("conversation.read")
    .input(conversationListInputSchema)
    .query(async ({ ctx, input }) =>
      listConversations(ctx.services.database.db, ctx.caller, input, await serviceSettingsFor(ctx)),
    ),
  counts: procedureWith("conversation.read").query(({ ctx }) =>
    queueCounts(ctx.services.database.db, ctx.caller),
  ),
  get: procedureWith("conversation.read")
    .input(conversationGetInputSchema)
    .query(async ({ ctx, input }) =>
      getConversation(ctx.services.database.db, {
        ...acting(ctx),
        conversationId: input.conversationId,
        service: await serviceSettingsFor(ctx),
        audit: ctx.services.readAudit,
      }),
    ),
  assign: procedureWith("conversation.assign")
    .input(conversationAssignInputSchema)
    .mutation(({ ctx, input }) => assignConversation(ctx.services.database.db, { ...acting(ctx), input })),
  setStatus: procedureWith("conversation.setStatus")
    .input(conversationSetStatusInputSchema)
    .mutation(({ ctx, input }) => setConversationStatus(ctx.services.database.db, { ...acting(ctx), input })),
  setTags: procedureWith("conversation.tag")
    .input(conversationSetTagsInputSchema)
    .mutation(({ ctx, input }) => setConversationTags(ctx.services.database.db, { ...acting(ctx), input })),
  tags: procedureWith("conversation.read")
    .input(conversationTagsInputSchema)
    .query(({ ctx, input }) => listTags(ctx.services.database.db, input)),
  // Each change kind checks its own permission inside (assign, setStatus or tag), as the single actions do.
  bulkUpdate: procedureWith("conversation.read")
    .input(conversationBulkUpdateInputSchema)
    .mutation(({ ctx, input }) => bulkUpdate(ctx.services.database.db, { ...acting(ctx), input })),
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
