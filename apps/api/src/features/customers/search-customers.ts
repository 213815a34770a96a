import { likePrefixPattern, searchTermsFor, type CountryCode } from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Caller } from "../../trpc/context.ts";
import { presentIdentity } from "./customer-presenter.ts";

interface SearchProps {
  caller: Caller;
  audit: ReadAuditLog;
  query: string;
  limit: number;
  defaultCountry: CountryCode;
  ip: string | null;
  now: Date;
}

/**
 * Exact identifier lookups first (an email, a phone number in any format, an @handle), then names
 * by word prefix. Only live (not merged-away) customers are returned.
 */
export async function searchCustomers(db: Kysely<Database>, props: SearchProps) {
  const terms = searchTermsFor(props.query, props.defaultCountry);
  const ids = new Set<string>();
  for (const term of terms) {
    if (ids.size >= props.limit) break;
    const remaining = props.limit - ids.size;
    switch (term.kind) {
      case "identity": {
        const rows = await db
          .selectFrom("identities")
          .select("customer_id")
          .where("kind", "=", term.identityKind)
          .where("value", "=", term.value)
          .limit(remaining)
          .execute();
        rows.forEach((row) => ids.add(row.customer_id));
        break;
      }
      case "display": {
        const rows = await db
          .selectFrom("identities")
          .select("customer_id")
          .where("kind", "=", term.identityKind)
          .where(sql<string>`lower(display)`, "like", likePrefixPattern(term.value))
          .limit(remaining)
          .execute();
        rows.forEach((row) => ids.add(row.customer_id));
        break;
      }
      case "name": {
        const prefix = likePrefixPattern(term.value);
        const rows = await db
          .selectFrom("customers")
          .select("id")
          .where("merged_into", "is", null)
          .where((eb) =>
            eb.or([
              eb(sql<string>`lower(display_name)`, "like", prefix),
              eb(sql<string>`lower(display_name)`, "like", `% ${prefix}`),
            ]),
          )
          .orderBy("display_name")
          .limit(remaining)
          .execute();
        rows.forEach((row) => ids.add(row.id));
        break;
      }
      default: {
        const unreachable: never = term;
        throw new Error(`unknown search term ${JSON.stringify(unreachable)}`);
      }
    }
  }
  if (ids.size === 0) return [];
  const customers = await db
    .selectFrom("customers")
    .select(["id", "display_name", "tags"])
    .where("id", "in", [...ids])
    .where("merged_into", "is", null)
    .execute();
  const identities = await db
    .selectFrom("identities")
    .selectAll()
    .where("customer_id", "in", [...ids])
    .execute();
  props.audit.record({
    actorUserId: props.caller.userId,
    action: "customer.searched",
    subjectType: "customer",
    subjectId: null,
    ip: props.ip,
    at: props.now,
    details: { resultCount: customers.length },
  });
  const order = [...ids];
  return customers
    .sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id))
    .map((customer) => ({
      id: customer.id,
      displayName: customer.display_name,
      tags: customer.tags,
      identities: identities.filter((identity) => identity.customer_id === customer.id).map(presentIdentity),
    }));
}
