import type { OpenSuggestionsInput, OpenSuggestionsPage } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { describeCustomers, liveSuggestions, presentSuggestion } from "./live-suggestions.ts";
import { afterSuggestion, decodeSuggestionCursor, encodeSuggestionCursor } from "./suggestion-cursor.ts";

/**
 * The supervisors' list of open suggestions, surest first, a page at a time. Each side is the live
 * customer today; a pair already merged (both sides one customer) is not listed.
 */
export async function openSuggestions(
  db: Kysely<Database>,
  input: OpenSuggestionsInput,
): Promise<OpenSuggestionsPage> {
  let query = liveSuggestions(db);
  if (input.minScore > 0) query = query.where("l.score", ">=", input.minScore);
  if (input.cursor) query = query.where(afterSuggestion(decodeSuggestionCursor(input.cursor)));
  const rows = await query.limit(input.limit + 1).execute();
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const customers = await describeCustomers(
    db,
    page.flatMap((row) => [row.root_a, row.root_b]),
  );
  return {
    items: page.map((row) => presentSuggestion(row, customers)),
    nextCursor:
      rows.length > input.limit && last
        ? encodeSuggestionCursor({ score: last.score, at: last.position, id: last.id })
        : null,
  };
}
