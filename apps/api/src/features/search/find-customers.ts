import { likeContainsPattern, likePrefixPattern, type IdentityKind, type SearchQueryPlan } from "@emma/core";
import { sql, type Kysely, type RawBuilder } from "kysely";
import type { Database } from "../../db/schema.ts";

export interface CustomerHitRow {
  /** The live customer: a merged-away match is followed to its survivor. */
  customer_id: string;
  display_name: string;
  matched_on: "name" | "identity" | "product";
  identity_kind: IdentityKind | null;
  /** The matched name, identity value or product reference. */
  value: string;
  /** The identity's display, if any. */
  display: string | null;
  /** 0 = the whole value, 1 = its start or end (a name's first word, a number's last digits), 2 = inside it. */
  rank: number;
}

/** The customers section is one screen: the best few, not a list to page through. */
export const CUSTOMER_HITS = 10;
/**
 * Matches each lookup ranks; beyond them a fragment is too common to rank usefully ("@gmx"), and
 * stopping early keeps it as fast as a rare one.
 */
const PER_LOOKUP = 200;

/**
 * Names (merged-away customers' too), identities and product references, each through its trigram
 * index over the folded text (migration 0012), followed to the live customer; the best match per
 * customer, best first. Erased customers are not found.
 */
export async function findCustomers(db: Kysely<Database>, plan: SearchQueryPlan): Promise<CustomerHitRow[]> {
  const lookups = [nameLookup(plan), identityLookup(plan), phoneLookup(plan), productLookup(plan)].filter(
    (lookup) => lookup !== null,
  );
  if (lookups.length === 0) return [];
  const result = await sql<CustomerHitRow>`
    with recursive candidates as (
      ${sql.join(
        lookups.map((lookup) => sql`(${lookup})`),
        sql` union all `,
      )}
    ), live (start_id, id, merged_into, depth) as (
      select c.id, c.id, c.merged_into, 0 from customers c where c.id in (select customer_id from candidates)
      union all
      select live.start_id, c.id, c.merged_into, live.depth + 1
      from live join customers c on c.id = live.merged_into
      where live.depth < 100
    ), best as (
      select distinct on (live.id) live.id as customer_id, cu.display_name, k.matched_on, k.identity_kind,
        k.value, k.display, k.rank
      from candidates k
      join live on live.start_id = k.customer_id and live.merged_into is null
      join customers cu on cu.id = live.id and cu.erased_at is null
      order by live.id, k.rank, k.matched_on
    )
    select * from best order by rank, display_name, customer_id limit ${CUSTOMER_HITS}
  `.execute(db);
  return result.rows;
}

const FOLDED_NAME = sql`emma_fold(display_name)`;
const IDENTITY_KEY = sql`emma_fold(value || ' ' || coalesce(display, ''))`;

function nameLookup(plan: SearchQueryPlan): RawBuilder<unknown> | null {
  if (plan.nameWords.length === 0) return null;
  const whole = plan.nameWords.join(" ");
  const contains = plan.nameWords.map((word) => sql`${FOLDED_NAME} like ${likeContainsPattern(word)}`);
  return sql`
    select id as customer_id, 'name' as matched_on, null::text as identity_kind, display_name as value,
      null::text as display,
      case when ${FOLDED_NAME} = ${whole} then 0
        when ${FOLDED_NAME} like ${`${whole}%`} or ${FOLDED_NAME} like ${`% ${whole}%`} then 1 else 2 end as rank
    from (select id, display_name from customers where ${sql.join(contains, sql` and `)} limit ${PER_LOOKUP}) c
  `;
}

/** Part of an e-mail address, a handle, a forum username, a profile name: any kind, value or display. */
function identityLookup(plan: SearchQueryPlan): RawBuilder<unknown> | null {
  if (plan.identity === null) return null;
  return sql`
    select customer_id, 'identity' as matched_on, kind as identity_kind, value, display,
      case when lower(value) = ${plan.identity} or lower(display) = ${plan.identity} then 0
        when lower(value) like ${likePrefixPattern(plan.identity)} or lower(display) like ${likePrefixPattern(plan.identity)} then 1
        else 2 end as rank
    from (
      select customer_id, kind, value, display from identities
      where ${IDENTITY_KEY} like ${likeContainsPattern(plan.identity)}
      limit ${PER_LOOKUP}
    ) i
  `;
}

/** The last digits a caller reads out, or the whole number in any format. */
function phoneLookup(plan: SearchQueryPlan): RawBuilder<unknown> | null {
  if (plan.phoneDigits === null) return null;
  return sql`
    select customer_id, 'identity' as matched_on, kind as identity_kind, value, display,
      case when value = ${plan.phoneE164} then 0 when value like ${`%${plan.phoneDigits}`} then 1 else 2 end as rank
    from (
      select customer_id, kind, value, display from identities
      where kind = 'phone' and ${IDENTITY_KEY} like ${likeContainsPattern(plan.phoneDigits)}
      limit ${PER_LOOKUP}
    ) i
  `;
}

/** A contract, account or card reference typed with or without its spaces, or its last digits. */
function productLookup(plan: SearchQueryPlan): RawBuilder<unknown> | null {
  if (plan.reference === null) return null;
  return sql`
    select customer_id, 'product' as matched_on, null::text as identity_kind, reference as value,
      null::text as display,
      case when emma_compact(reference) = ${plan.reference} then 0
        when emma_compact(reference) like ${`%${plan.reference}`} then 1 else 2 end as rank
    from (
      select customer_id, reference from customer_products
      where emma_compact(reference) like ${likeContainsPattern(plan.reference)}
      limit ${PER_LOOKUP}
    ) p
  `;
}
