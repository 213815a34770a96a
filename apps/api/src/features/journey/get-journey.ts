import { responseClock, type ServiceSettings } from "@emma/core";
import type { Kysely } from "kysely";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { inMergedSubtree, resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import { journeyItems } from "./journey-items.ts";
import { presentJourney } from "./journey-presenter.ts";

/** A lifetime of conversations is rarely more; past this the newest are drawn and the answer says so. */
export const JOURNEY_MAX_CONVERSATIONS = 500;

interface GetJourneyProps {
  caller: Caller;
  audit: ReadAuditLog;
  customerId: string;
  from: Date | undefined;
  to: Date | undefined;
  ip: string | null;
  now: Date;
  service: ServiceSettings;
}

/**
 * Every conversation of the customer and of everyone merged into them, with the times and
 * directions of their items: what the journey picture is drawn from. Audited as a read of the
 * customer, like opening the 360.
 */
export async function getJourney(db: Kysely<Database>, props: GetJourneyProps) {
  const id = await resolveLiveCustomerId(db, props.customerId);
  const { from, to } = props;
  let query = db
    .selectFrom("conversations")
    .selectAll()
    .where(inMergedSubtree("customer_id", id))
    .orderBy("created_at", "desc")
    .orderBy("id")
    .limit(JOURNEY_MAX_CONVERSATIONS + 1);
  if (from)
    query = query.where((eb) =>
      eb.or([
        eb("status", "!=", "resolved"),
        eb("last_message_at", ">=", from),
        eb("resolved_at", ">=", from),
      ]),
    );
  if (to) query = query.where("created_at", "<=", to);
  const rows = await query.execute();
  const conversations = rows.slice(0, JOURNEY_MAX_CONVERSATIONS);
  const items = await journeyItems(
    db,
    conversations.map((c) => c.id),
  );
  props.audit.record({
    actorUserId: props.caller.userId,
    action: "customer.viewed",
    subjectType: "customer",
    subjectId: id,
    customerId: id,
    ip: props.ip,
    at: props.now,
    details:
      props.customerId === id ? { view: "journey" } : { view: "journey", requestedId: props.customerId },
  });
  const clock = responseClock(props.service);
  return presentJourney({
    customerId: id,
    conversations: conversations.map((c) => ({
      ...c,
      response: clock({ channel: c.channel, priority: c.priority, waitingSince: c.waiting_since }),
    })),
    items,
    truncated: rows.length > JOURNEY_MAX_CONVERSATIONS,
  });
}
