import { DISPLAY_FOLLOWS_PROVIDER, type NormalizedIdentity } from "@emma/core";
import { sql, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

/**
 * An X user who renamed their @handle is the same user id: the identity shows the handle seen last.
 * One statement per batch, and only rows whose display really changes are written.
 */
export async function followRenames(
  trx: Transaction<Database>,
  identities: NormalizedIdentity[],
): Promise<void> {
  const latest = new Map<string, NormalizedIdentity>();
  for (const identity of identities)
    if (identity.display && DISPLAY_FOLLOWS_PROVIDER.includes(identity.kind))
      latest.set(`${identity.kind}|${identity.value}`, identity);
  if (latest.size === 0) return;
  // One order for every batch, so two batches renaming the same people wait instead of deadlocking.
  const rows = [...latest.values()].sort((a, b) =>
    a.kind === b.kind ? (a.value < b.value ? -1 : 1) : a.kind < b.kind ? -1 : 1,
  );
  await sql`
    update identities i set display = x.display
    from unnest(${rows.map((r) => r.kind)}::text[], ${rows.map((r) => r.value)}::text[], ${rows.map((r) => r.display)}::text[])
      as x(kind, value, display)
    where i.kind = x.kind and i.value = x.value and i.display is distinct from x.display
  `.execute(trx);
}
