import { CHANNELS, DEFAULT_RESPONSE_TARGETS, PRIORITIES } from "@emma/core";
import { sql } from "kysely";

/**
 * Core's response targets as a small table to join on, so "breached" is counted by the database
 * over every open conversation instead of shipping them all here to compare one by one.
 */
export function responseTargetsTable() {
  const rows = CHANNELS.flatMap((channel) =>
    PRIORITIES.map(
      (priority) => sql`(${channel}, ${priority}, ${DEFAULT_RESPONSE_TARGETS[channel][priority]}::float8)`,
    ),
  );
  return sql`(values ${sql.join(rows)})`;
}
