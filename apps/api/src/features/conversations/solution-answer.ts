import { sql } from "kysely";

/** How much of the answer the conversation shows: about a tweet's worth, enough to recognise it. */
const SOLUTION_EXCERPT_CHARS = 280;

/**
 * The answer item's first words, for a conversation query that left-joins its answer item as
 * `sol` (by `solution_event_id`, the primary key): `presentConversationSummary` shows them.
 */
export function solutionExcerpt() {
  return sql<string | null>`left(sol.body_text, ${SOLUTION_EXCERPT_CHARS})`.as("solution_excerpt");
}
