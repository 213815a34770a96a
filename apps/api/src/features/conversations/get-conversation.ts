import { responseClock, type ServiceSettings } from "@emma/core";
import { TRPCError } from "@trpc/server";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Caller } from "../../trpc/context.ts";
import { POSITION, TIMELINE_ITEM_COLUMNS, presentTimelineItem } from "../timeline/timeline-presenter.ts";
import { presentConversationSummary } from "./conversation-presenter.ts";
import { conversationReplyRules, presentReplyRules } from "./conversation-reply-rules.ts";
import { replyRecipients } from "./reply-recipients.ts";
import { solutionExcerpt } from "./solution-answer.ts";

/** The items of one thread shown at once; older ones come from the customer's timeline. */
const THREAD_ITEMS = 200;

export async function getConversation(
  db: Kysely<Database>,
  props: {
    caller: Caller;
    conversationId: string;
    ip: string | null;
    now: Date;
    audit: ReadAuditLog;
    service: ServiceSettings;
  },
) {
  const row = await db
    .selectFrom("conversations as c")
    .leftJoin("customers as cu", "cu.id", "c.customer_id")
    .leftJoin("users as u", "u.id", "c.assignee_id")
    .leftJoin("teams as t", "t.id", "c.team_id")
    .leftJoin("timeline_events as sol", "sol.id", "c.solution_event_id")
    .selectAll("c")
    .select(["u.display_name as assignee_name", "cu.display_name as customer_name", "t.name as team_name"])
    .select("cu.erased_at as customer_erased_at")
    .select(["sol.author_name as solution_author_name", solutionExcerpt()])
    .where("c.id", "=", props.conversationId)
    .executeTakeFirst();
  if (!row) throw new TRPCError({ code: "NOT_FOUND", message: "No such conversation" });
  const [items, outbox, connection] = await Promise.all([
    db
      .selectFrom("timeline_events as e")
      .select(TIMELINE_ITEM_COLUMNS)
      .select(POSITION)
      .where("e.conversation_id", "=", row.id)
      .orderBy("e.occurred_at", "desc")
      .orderBy("e.id", "desc")
      .limit(THREAD_ITEMS)
      .execute(),
    db
      .selectFrom("outbox")
      .select(["id", "timeline_event_id", "status", "attempts", "last_error", "sent_at"])
      .where("conversation_id", "=", row.id)
      .orderBy("created_at", "desc")
      .limit(THREAD_ITEMS)
      .execute(),
    row.connector_id === null
      ? undefined
      : db
          .selectFrom("connectors")
          .select(["name", "kind", "config", "enabled", "reconnect_reason", "reconnect_since"])
          .where("id", "=", row.connector_id)
          .executeTakeFirst(),
  ]);
  const recipients = await replyRecipients(db, row, row.customer_name, connection?.config);
  props.audit.record({
    actorUserId: props.caller.userId,
    action: "conversation.viewed",
    subjectType: "conversation",
    subjectId: row.id,
    customerId: row.customer_id,
    ip: props.ip,
    at: props.now,
  });
  return {
    conversation: presentConversationSummary(row, responseClock(props.service)),
    items: items.reverse().map(presentTimelineItem),
    /** What a reply may be now: public or private, how long, and whether Meta's window is open. */
    replyRules: presentReplyRules(conversationReplyRules(row, connection, props.now)),
    /** The customer's data was erased: the conversation stays for the numbers and takes no replies. */
    customerErased: row.customer_erased_at !== null,
    /** E-mail only: whom a reply goes to unless the agent changes it (To and Cc of the thread). */
    mailRecipients: recipients,
    /** The channel connection replies go out through, and whether only an admin can mend it now. */
    connection: connection
      ? {
          name: connection.name,
          kind: connection.kind,
          enabled: connection.enabled,
          reconnect: connection.reconnect_reason
            ? {
                reason: connection.reconnect_reason,
                since: connection.reconnect_since?.toISOString() ?? null,
              }
            : null,
        }
      : null,
    deliveries: outbox.map((o) => ({
      outboxId: o.id,
      eventId: o.timeline_event_id,
      status: o.status,
      attempts: o.attempts,
      lastError: o.last_error,
      sentAt: o.sent_at?.toISOString() ?? null,
    })),
  };
}
