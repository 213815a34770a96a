import {
  readKindWithMetadata,
  type Channel,
  type KindWithMetadata,
  type Direction,
  type TimelineKind,
} from "@emma/core";
import { sql } from "kysely";
import { outboundAgentOf } from "./outbound-agent.ts";

/** What `presentTimelineItem` needs from `timeline_events as e`. */
export const TIMELINE_ITEM_COLUMNS = [
  "e.id",
  "e.conversation_id",
  "e.channel",
  "e.kind",
  "e.direction",
  "e.author_name",
  "e.author_user_id",
  "e.subject",
  "e.body_text",
  "e.body_html",
  "e.metadata",
  "e.inbound_event_id",
  "e.conversation_subject",
] as const;

/**
 * occurred_at at the microsecond precision PostgreSQL keeps, as ISO text: the keyset position of
 * the item (a JS Date would round and skip or repeat items). The console gets it cut to
 * milliseconds, the text of Date#toISOString. Formatting it in PostgreSQL spares the API parsing 50
 * dates into Date objects only to print them again.
 */
export const POSITION =
  sql<string>`to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as("position");

export interface TimelineItemRow {
  id: string;
  conversation_id: string | null;
  channel: Channel;
  kind: TimelineKind;
  direction: Direction;
  /** See POSITION. */
  position: string;
  /** The customer's name as the channel gave it, or the agent's name when the item was written. */
  author_name: string | null;
  author_user_id: string | null;
  subject: string | null;
  body_text: string;
  body_html: string | null;
  metadata: unknown;
  inbound_event_id: string | null;
  conversation_subject: string | null;
}

/** The metadata is read by kind (core's contract), so the console's narrowing on `kind` types it. */
export function presentTimelineItem(row: TimelineItemRow) {
  const item = readKindWithMetadata(row.kind, row.metadata);
  return {
    ...item,
    id: row.id,
    conversationId: row.conversation_id,
    conversationSubject: row.conversation_subject,
    channel: row.channel,
    direction: row.direction,
    occurredAt: `${row.position.slice(0, "YYYY-MM-DDTHH:MM:SS.mmm".length)}Z`,
    author: presentAuthor(row, item),
    subject: row.subject,
    text: row.body_text,
    html: row.body_html,
    // Provenance (DESIGN invariant 3): the raw event, or the user action, behind this item.
    source: row.inbound_event_id
      ? { type: "inbound-event" as const, id: row.inbound_event_id }
      : { type: "user-action" as const },
  };
}
/**
 * An agent in Emma, an agent as the phone system named them (a call placed at the desk phone), the
 * customer, or our own channel (a reply sent from outside Emma that names nobody, e.g. a mail client).
 */
function presentAuthor(row: TimelineItemRow, item: KindWithMetadata) {
  if (row.author_user_id)
    return { type: "user" as const, id: row.author_user_id, name: row.author_name ?? "" };
  if (row.direction === "outbound") {
    const agent = outboundAgentOf(item);
    return agent === undefined
      ? { type: "channel" as const, name: null }
      : { type: "agent" as const, name: agent };
  }
  return { type: "customer" as const, name: row.author_name };
}

export type TimelineItem = ReturnType<typeof presentTimelineItem>;
