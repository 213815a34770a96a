import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { resolveLiveCustomerId } from "../customers/resolve-customer-id.ts";
import {
  describeCustomers,
  liveSuggestions,
  liveSuggestionsOf,
  presentSuggestion,
} from "./live-suggestions.ts";

/**
 * Open merge suggestions, best first, each side as the live customer it is today. For a customer:
 * also those made for customers merged into it since (they follow the merge, and go back with an
 * unmerge).
 */
export async function listSuggestions(db: Kysely<Database>, customerId: string | undefined) {
  const rows = customerId
    ? await liveSuggestionsOf(db, await resolveLiveCustomerId(db, customerId))
    : await liveSuggestions(db).limit(200).execute();
  const customers = await describeCustomers(
    db,
    rows.flatMap((row) => [row.root_a, row.root_b]),
  );
  return rows.map((row) => presentSuggestion(row, customers));
}
