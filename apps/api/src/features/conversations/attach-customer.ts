import type { ConversationAttachCustomerInput } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Caller } from "../../trpc/context.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import { loadConversation } from "./load-conversation.ts";
import { publishConversationChanged, recordAgentEvent } from "./record-agent-event.ts";

interface AttachProps {
  caller: Caller;
  input: ConversationAttachCustomerInput;
  ip: string | null;
  now: Date;
}

/**
 * An unknown caller's conversation (see ingest's UNKNOWN_CALLER) goes to the customer the agent has
 * learnt called: the conversation and every item in it, as if first attributed there (origin too, so
 * a later unmerge of that customer takes them along). An item in the conversation says who attached
 * it to whom and when; the audit entry names the items moved. A conversation that already has a customer is refused: moving a
 * known customer's history is a merge, with its own undo.
 */
export async function attachCustomer(db: Kysely<Database>, props: AttachProps) {
  const { caller, input, now } = props;
  return db.transaction().execute(async (trx) => {
    const conversation = await loadConversation(trx, input.conversationId, { forUpdate: true });
    if (conversation.customer_id !== null) {
      throw new TRPCError({
        code: "CONFLICT",
        message: "This conversation already belongs to a customer; merge the customers instead",
      });
    }
    const customerId = await resolveLiveCustomerId(trx, input.customerId);
    // KEY SHARE: no merge can move this customer away until the items are moved onto it.
    const customer = await trx
      .selectFrom("customers")
      .select(["id", "display_name", "merged_into", "erased_at"])
      .where("id", "=", customerId)
      .forKeyShare()
      .executeTakeFirstOrThrow();
    if (customer.merged_into !== null) {
      throw new TRPCError({ code: "CONFLICT", message: "That customer was just merged; try again" });
    }
    if (customer.erased_at !== null) {
      throw new TRPCError({ code: "BAD_REQUEST", message: "That customer was erased" });
    }
    const after = await trx
      .updateTable("conversations")
      .set({ customer_id: customerId, origin_customer_id: customerId, updated_at: now })
      .where("id", "=", conversation.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const moved = await trx
      .updateTable("timeline_events")
      .set({ customer_id: customerId, origin_customer_id: customerId })
      .where("conversation_id", "=", conversation.id)
      .where("customer_id", "is", null)
      .returning("id")
      .execute();
    await recordAgentEvent(trx, {
      conversation: after,
      kind: "caller_attached",
      direction: "internal",
      author: caller,
      text: "",
      metadata: { customerName: customer.display_name, movedItemIds: moved.map((item) => item.id) },
      now,
    });
    await publishConversationChanged(trx, after);
    await writeAudit(trx, {
      actorUserId: caller.userId,
      action: "conversation.customerAttached",
      subjectType: "conversation",
      subjectId: conversation.id,
      customerId,
      details: {
        customerName: customer.display_name,
        requestedCustomerId: input.customerId,
        movedItemIds: moved.map((item) => item.id),
      },
      ip: props.ip,
      at: now,
    });
    return { conversationId: conversation.id, customerId, movedItems: moved.length };
  });
}
