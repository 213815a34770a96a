import type { TimelineListInput } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Caller } from "../../trpc/context.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import { decodeCursor, encodeCursor } from "./timeline-cursor.ts";
import { OCCURRED_AT_ISO, TIMELINE_ITEM_COLUMNS, presentTimelineItem } from "./timeline-presenter.ts";

interface ListTimelineProps {
  caller: Caller;
  audit: ReadAuditLog;
  input: TimelineListInput;
  ip: string | null;
  now: Date;
}

/**
 * Newest first, keyset-paginated on (occurred_at, id) over `timeline_customer_idx`: a page deep in a
 * long history costs the same as the first. No total count on this hot path.
 */
export async function listTimeline(db: Kysely<Database>, props: ListTimelineProps) {
  const { input } = props;
  // One round trip in the common case: a merged-away customer owns no rows any more, so only an
  // empty page needs to ask whether the id leads to a survivor (or to nobody: NOT_FOUND).
  let customerId = input.customerId;
  let rows = await pageOf(db, customerId, input);
  if (rows.length === 0) {
    customerId = await resolveLiveCustomerId(db, input.customerId);
    if (customerId !== input.customerId) rows = await pageOf(db, customerId, input);
  }
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  if (!input.cursor) {
    // One audit row per opening of a timeline, not per page scrolled.
    props.audit.record({
      actorUserId: props.caller.userId,
      action: "timeline.viewed",
      subjectType: "customer",
      subjectId: customerId,
      customerId,
      ip: props.ip,
      at: props.now,
    });
  }
  return {
    customerId,
    items: page.map(presentTimelineItem),
    nextCursor:
      rows.length > input.limit && last ? encodeCursor({ occurredAt: last.position, id: last.id }) : null,
  };
}

function pageOf(db: Kysely<Database>, customerId: string, input: TimelineListInput) {
  let query = db
    .selectFrom("timeline_events as e")
    .leftJoin("users as u", "u.id", "e.author_user_id")
    .leftJoin("conversations as c", "c.id", "e.conversation_id")
    .select(TIMELINE_ITEM_COLUMNS)
    .select(OCCURRED_AT_ISO)
    .select(["c.subject as conversation_subject", "c.status as conversation_status"])
    .select(
      sql<string>`to_char(e.occurred_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US"Z"')`.as("position"),
    )
    .where("e.customer_id", "=", customerId)
    .orderBy("e.occurred_at", "desc")
    .orderBy("e.id", "desc")
    .limit(input.limit + 1);
  if (input.cursor) {
    const position = decodeCursor(input.cursor);
    query = query.where(
      sql<boolean>`(e.occurred_at, e.id) < (${position.occurredAt}::timestamptz, ${position.id}::uuid)`,
    );
  }
  if (input.channels) query = query.where("e.channel", "in", input.channels);
  if (input.kinds) query = query.where("e.kind", "in", input.kinds);
  return query.execute();
}
