import type { ConversationAddNoteInput } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { writeAudit } from "../../audit/write-audit.ts";
import type { Caller } from "../../trpc/context.ts";
import { loadConversation } from "./load-conversation.ts";
import { refuseErasedCustomer } from "./refuse-erased-customer.ts";
import { recordAgentEvent } from "./record-agent-event.ts";

/** An internal note: on the customer's timeline for colleagues, never sent. */
export async function addNote(
  db: Kysely<Database>,
  props: { caller: Caller; input: ConversationAddNoteInput; ip: string | null; now: Date },
) {
  return db.transaction().execute(async (trx) => {
    const conversation = await loadConversation(trx, props.input.conversationId);
    await refuseErasedCustomer(trx, conversation.customer_id);
    const eventId = await recordAgentEvent(trx, {
      conversation,
      kind: "note",
      direction: "internal",
      author: props.caller,
      text: props.input.text,
      metadata: {},
      now: props.now,
    });
    await writeAudit(trx, {
      actorUserId: props.caller.userId,
      action: "conversation.note_added",
      subjectType: "timeline_event",
      subjectId: eventId,
      customerId: conversation.customer_id,
      ip: props.ip,
      at: props.now,
    });
    return { eventId };
  });
}
