import { isReadAction, type AuditScope, type CustomerAccess } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { auditQueryOf } from "./list-audit-entries.ts";
import { auditWhere } from "./audit-where.ts";

interface CustomerAccessProps {
  caller: Caller;
  scope: AuditScope;
  customerId: string;
  audit: ReadAuditLog;
  ip: string | null;
  now: Date;
}

interface ActionRow {
  actor_user_id: string | null;
  actor_name: string | null;
  action: string;
  count: number;
  first_at: Date;
  last_at: Date;
}

type Person = CustomerAccess["people"][number];

/**
 * Who read or changed this customer's data and when, one row per person, over every record merged
 * into the customer and every search that listed them: what a GDPR access request asks. Answering
 * it is itself a read of the customer's data, audited as "audit.viewed".
 */
export async function customerAccess(
  db: Kysely<Database>,
  props: CustomerAccessProps,
): Promise<CustomerAccess> {
  const query = await auditQueryOf(db, props.scope, { customerId: props.customerId });
  const { rows } = await sql<ActionRow>`
    select a.actor_user_id, u.display_name as actor_name, a.action, count(*)::int as count,
      min(a.at) as first_at, max(a.at) as last_at
    from audit_log a
    left join users u on u.id = a.actor_user_id
    where ${auditWhere(query, null)}
    group by a.actor_user_id, u.display_name, a.action
  `.execute(db);
  const liveCustomerId = query.liveCustomerId ?? props.customerId;
  props.audit.record({
    actorUserId: props.caller.userId,
    action: "audit.viewed",
    subjectType: "customer",
    subjectId: liveCustomerId,
    ip: props.ip,
    at: props.now,
    details: { procedure: "audit.customerAccess", customerIds: [liveCustomerId] },
  });
  return { customerId: liveCustomerId, people: peopleOf(rows) };
}

function peopleOf(rows: readonly ActionRow[]): Person[] {
  const byActor = new Map<string | null, Person>();
  for (const row of rows) {
    const person = byActor.get(row.actor_user_id) ?? {
      actor:
        row.actor_user_id === null
          ? null
          : { id: row.actor_user_id, name: row.actor_name ?? row.actor_user_id },
      firstAt: row.first_at.toISOString(),
      lastAt: row.last_at.toISOString(),
      views: 0,
      actions: [],
    };
    if (row.first_at.toISOString() < person.firstAt) person.firstAt = row.first_at.toISOString();
    if (row.last_at.toISOString() > person.lastAt) person.lastAt = row.last_at.toISOString();
    if (isReadAction(row.action)) person.views += row.count;
    person.actions.push({ action: row.action, count: row.count });
    byActor.set(row.actor_user_id, person);
  }
  const people = [...byActor.values()];
  for (const person of people)
    person.actions.sort((a, b) => b.count - a.count || a.action.localeCompare(b.action));
  return people.sort((a, b) => b.lastAt.localeCompare(a.lastAt));
}
