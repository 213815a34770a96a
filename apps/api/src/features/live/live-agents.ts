import { agentPresence, responseClock, type ResponseClock, type ServiceSettings } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

/**
 * Everyone signed in, and everyone holding open work (signed in or not: that is the work a
 * supervisor may need to hand on), with their open and pending conversations, longest wait first.
 */
export async function liveAgents(db: Kysely<Database>, props: { now: Date; service: ServiceSettings }) {
  const { now } = props;
  const clock = responseClock(props.service);
  const [users, conversations] = await Promise.all([
    db
      .selectFrom("users as u")
      .select([
        "u.id",
        "u.display_name",
        "u.role",
        (eb) =>
          eb
            .selectFrom("sessions as s")
            .select((s) => s.fn.max("s.last_seen_at").as("last_seen_at"))
            .whereRef("s.user_id", "=", "u.id")
            .where("s.revoked_at", "is", null)
            .where("s.expires_at", ">", now)
            .as("last_seen_at"),
      ])
      .where("u.active", "=", true)
      .orderBy("u.display_name")
      .execute(),
    db
      .selectFrom("conversations as c")
      .leftJoin("customers as cu", "cu.id", "c.customer_id")
      .select([
        "c.id",
        "c.assignee_id",
        "c.customer_id",
        "cu.display_name as customer_name",
        "c.channel",
        "c.subject",
        "c.status",
        "c.priority",
        "c.waiting_since",
      ])
      .where("c.status", "in", ["open", "pending"])
      .where("c.assignee_id", "is not", null)
      .orderBy(sql`c.waiting_since asc nulls last`)
      .orderBy("c.last_message_at", "desc")
      .execute(),
  ]);
  return users.flatMap((user) => {
    const lastSeenAt = user.last_seen_at === null ? null : new Date(user.last_seen_at);
    const presence = agentPresence(lastSeenAt, now);
    const theirs = conversations.filter((c) => c.assignee_id === user.id);
    if (presence === "offline" && theirs.length === 0) return [];
    return [
      {
        userId: user.id,
        displayName: user.display_name,
        role: user.role,
        presence,
        lastSeenAt: lastSeenAt?.toISOString() ?? null,
        conversations: theirs.map((c) => ({
          id: c.id,
          customerId: c.customer_id,
          customerName: c.customer_name,
          channel: c.channel,
          subject: c.subject,
          status: c.status,
          priority: c.priority,
          waitingSince: c.waiting_since?.toISOString() ?? null,
          ...presentClock(clock({ channel: c.channel, priority: c.priority, waitingSince: c.waiting_since })),
        })),
      },
    ];
  });
}

function presentClock(response: ResponseClock) {
  return {
    responseTargetMinutes: response.responseTargetMinutes,
    responseDueAt: response.responseDueAt?.toISOString() ?? null,
  };
}
