import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";

export interface LiveCustomer {
  id: string;
  name: string;
}

/**
 * For each customer id an entry was written for: the customer it is today, following merges to
 * the survivor. One statement for a whole page, however many of its customers were merged away.
 */
export async function liveCustomersOf(
  db: Kysely<Database>,
  recordedIds: readonly string[],
): Promise<Map<string, LiveCustomer>> {
  const ids = [...new Set(recordedIds)];
  if (ids.length === 0) return new Map();
  const { rows } = await sql<{ recorded_id: string; id: string; name: string }>`
    with recursive chain (recorded_id, id, merged_into, display_name, depth) as (
      select id, id, merged_into, display_name, 0 from customers where id = any(${ids}::uuid[])
      union all
      select chain.recorded_id, c.id, c.merged_into, c.display_name, chain.depth + 1
      from customers c join chain on c.id = chain.merged_into
      where chain.depth < 100
    )
    select recorded_id, id, display_name as name from chain where merged_into is null
  `.execute(db);
  return new Map(rows.map((row) => [row.recorded_id, { id: row.id, name: row.name }]));
}
