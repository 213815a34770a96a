import type { TimelineListInput } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Caller } from "../../trpc/context.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import { decodeCursor, encodeCursor } from "./timeline-cursor.ts";
import {
  POSITION,
  TIMELINE_ITEM_COLUMNS,
  presentTimelineItem,
  type TimelineItemRow,
} from "./timeline-presenter.ts";

// The presenter's columns, as text once: constants of this module, so raw SQL is safe, and the page
// statement is not rebuilt from a node per column on every call.
const ITEM_COLUMNS = sql.raw(TIMELINE_ITEM_COLUMNS.join(", "));

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

/**
 * One statement text for every page and filter: absent filters are NULL parameters, which
 * PostgreSQL folds away when it plans the statement with its values, so each call still scans
 * `timeline_customer_idx` in order and stops after limit + 1 rows, reading nothing but the items'
 * rows (see migration 0004).
 */
async function pageOf(db: Kysely<Database>, customerId: string, input: TimelineListInput) {
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const result = await sql<TimelineItemRow>`
    select ${ITEM_COLUMNS}, ${POSITION}
    from timeline_events e
    where e.customer_id = ${customerId}
      and (${after?.occurredAt ?? null}::timestamptz is null
        or (e.occurred_at, e.id) < (${after?.occurredAt ?? null}::timestamptz, ${after?.id ?? null}::uuid))
      and (${input.channels ?? null}::text[] is null or e.channel = any(${input.channels ?? null}::text[]))
      and (${input.kinds ?? null}::text[] is null or e.kind = any(${input.kinds ?? null}::text[]))
    order by e.occurred_at desc, e.id desc
    limit ${input.limit + 1}
  `.execute(db);
  return result.rows;
}
