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

type CandidateRow = Omit<CustomerHitRow, "display_name">;

/** The customers section is one screen: the best few, not a list to page through. */
export const CUSTOMER_HITS = 10;
/**
 * Matches each lookup ranks; beyond them a fragment is too common to rank usefully ("@gmx"), and
 * stopping early keeps it as fast as a rare one.
 */
const PER_LOOKUP = 200;
const MATCH_ORDER = { name: 0, identity: 1, product: 2 } as const;

/**
 * Names (merged-away customers' too), identities and product references, each through its trigram
 * index over the folded text (migration 0012), followed to the live customer; the best match per
 * customer, best first. Erased customers are not found. Merges are followed in a second step for the
 * few hits that need it: one recursive statement over every hit cost a scan of all customers.
 */
export async function findCustomers(
  db: Kysely<Database>,
  plan: SearchQueryPlan,
  limit = CUSTOMER_HITS,
): Promise<CustomerHitRow[]> {
  const lookups = [nameLookup(plan), identityLookup(plan), phoneLookup(plan), productLookup(plan)].filter(
    (lookup) => lookup !== null,
  );
  if (lookups.length === 0) return [];
  const candidates = await sql<CandidateRow>`${sql.join(
    lookups.map((lookup) => sql`(${lookup})`),
    sql` union all `,
  )}`.execute(db);
  if (candidates.rows.length === 0) return [];
  const customers = await liveCustomers(db, [...new Set(candidates.rows.map((row) => row.customer_id))]);
  const best = new Map<string, CustomerHitRow>();
  for (const candidate of candidates.rows) {
    const live = customers.get(candidate.customer_id);
    if (!live) continue;
    const hit = { ...candidate, customer_id: live.id, display_name: live.display_name };
    const kept = best.get(live.id);
    if (!kept || compareMatch(hit, kept) < 0) best.set(live.id, hit);
  }
  return [...best.values()]
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.display_name.localeCompare(b.display_name, "de") ||
        a.customer_id.localeCompare(b.customer_id),
    )
    .slice(0, limit);
}

function compareMatch(a: CandidateRow, b: CandidateRow): number {
  return a.rank - b.rank || MATCH_ORDER[a.matched_on] - MATCH_ORDER[b.matched_on];
}

/** Each id's live customer (itself, or the survivor its merges lead to), unless erased. */
async function liveCustomers(db: Kysely<Database>, ids: string[]) {
  const found = new Map<string, { id: string; display_name: string }>();
  const rows = await db
    .selectFrom("customers")
    .select(["id", "display_name", "merged_into", "erased_at"])
    .where("id", "=", sql<string>`any(${ids}::uuid[])`)
    .execute();
  const merged: string[] = [];
  for (const row of rows) {
    if (row.merged_into !== null) merged.push(row.id);
    else if (row.erased_at === null) found.set(row.id, row);
  }
  if (merged.length === 0) return found;
  const survivors = await sql<{ start_id: string; id: string; display_name: string }>`
    with recursive chain (start_id, id, merged_into, depth) as (
      select id, id, merged_into, 0 from customers where id = any(${merged}::uuid[])
      union all
      select chain.start_id, c.id, c.merged_into, chain.depth + 1
      from chain join customers c on c.id = chain.merged_into
      where chain.depth < 100
    )
    select chain.start_id, chain.id, c.display_name
    from chain join customers c on c.id = chain.id
    where chain.merged_into is null and c.erased_at is null
  `.execute(db);
  for (const row of survivors.rows) found.set(row.start_id, row);
  return found;
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
      case when folded = ${whole} then 0
        when folded like ${`${whole}%`} or folded like ${`% ${whole}%`} then 1 else 2 end as rank
    from (
      select id, display_name, ${FOLDED_NAME} as folded from customers
      where ${sql.join(contains, sql` and `)}
      limit ${PER_LOOKUP}
    ) c
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
