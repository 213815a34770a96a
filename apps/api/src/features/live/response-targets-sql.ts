import { CHANNELS, PRIORITIES, waitingBreachedBefore, type ServiceSettings } from "@emma/core";
import { sql } from "kysely";

/**
 * Per channel and priority, the instant before which a customer's wait is past the response target
 * at `now` (in the desk's business hours when set), as a small table to join on: the database counts
 * "breached" over every open conversation with one comparison instead of shipping them all here.
 */
export function breachThresholdsTable(service: ServiceSettings, now: Date) {
  const rows = CHANNELS.flatMap((channel) =>
    PRIORITIES.map((priority) => {
      const before = waitingBreachedBefore(
        service.businessHours,
        now,
        service.responseTargets[channel][priority],
      );
      return sql`(${channel}, ${priority}, ${before}::timestamptz)`;
    }),
  );
  return sql`(values ${sql.join(rows)})`;
}
