import type { ServiceSettings } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Caller } from "../../trpc/context.ts";
import { solutionExcerpt } from "../conversations/solution-answer.ts";
import { presentCustomer360 } from "./customer-presenter.ts";
import { describeCustomers, liveSuggestionsOf } from "../merges/live-suggestions.ts";
import { forumReputation } from "./forum-reputation.ts";
import { resolveLiveCustomerId } from "./resolve-customer-id.ts";

interface GetCustomerProps {
  caller: Caller;
  audit: ReadAuditLog;
  customerId: string;
  ip: string | null;
  service: ServiceSettings;
  now: Date;
}

/** The customer 360: identities, accounts and products, open conversations, merge state (consent: `consents.list`). */
export async function getCustomer(db: Kysely<Database>, props: GetCustomerProps) {
  const id = await resolveLiveCustomerId(db, props.customerId);
  const [customer, identities, products, conversations, suggestions, merges, reputation] = await Promise.all([
    db.selectFrom("customers").selectAll().where("id", "=", id).executeTakeFirstOrThrow(),
    db.selectFrom("identities").selectAll().where("customer_id", "=", id).orderBy("created_at").execute(),
    db
      .selectFrom("customer_products")
      .selectAll()
      .where("customer_id", "=", id)
      .orderBy("opened_at", "desc")
      .execute(),
    db
      .selectFrom("conversations as c")
      .leftJoin("users", "users.id", "c.assignee_id")
      .leftJoin("timeline_events as sol", "sol.id", "c.solution_event_id")
      .selectAll("c")
      .select([
        "users.display_name as assignee_name",
        "sol.author_name as solution_author_name",
        solutionExcerpt(),
      ])
      .where("c.customer_id", "=", id)
      .where("c.status", "in", ["open", "pending", "snoozed"])
      .orderBy("c.last_message_at", "desc")
      .limit(50)
      .execute(),
    // Also those made for customers merged into this one since: suggestions follow merges.
    liveSuggestionsOf(db, id),
    db
      .selectFrom("merges")
      .leftJoin("users", "users.id", "merges.merged_by")
      .selectAll("merges")
      .select("users.display_name as merged_by_name")
      .where("merges.survivor_id", "=", id)
      .where("merges.undone_at", "is", null)
      .orderBy("merges.merged_at", "desc")
      .execute(),
    forumReputation(db, id),
  ]);
  const suggestedCustomers = await describeCustomers(
    db,
    suggestions.map((row) => (row.root_a === id ? row.root_b : row.root_a)),
  );
  props.audit.record({
    actorUserId: props.caller.userId,
    action: "customer.viewed",
    subjectType: "customer",
    subjectId: id,
    customerId: id,
    ip: props.ip,
    at: props.now,
    details: props.customerId === id ? {} : { requestedId: props.customerId },
  });
  return presentCustomer360({
    customer,
    identities,
    products,
    conversations,
    suggestions,
    suggestedCustomers,
    merges,
    reputation,
    service: props.service,
  });
}
