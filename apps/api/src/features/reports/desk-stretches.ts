import {
  addDays,
  localDateOf,
  openStretches,
  type BusinessHours,
  type OpenStretches,
  type ReportPeriods,
} from "@emma/core";
import { sql, type Kysely } from "kysely";
import type { Database } from "../../db/schema.ts";
import { IS_CONTACT } from "./report-sql.ts";

/**
 * The desk's open stretches over every day a response-time or SLA report may measure, a day to
 * spare on each side: from the first contact's creation to the last answer, resolution or `now`,
 * whichever is latest. A report of a quarter measures contacts years old, so the run is read, not
 * guessed; laying out two years of days costs a few milliseconds.
 */
export async function deskStretches(
  db: Kysely<Database>,
  props: { hours: BusinessHours; periods: ReportPeriods; now: Date },
): Promise<OpenStretches> {
  const { hours, periods, now } = props;
  const { rows } = await sql<{ first: Date | null; last: Date | null }>`
    select min(c.created_at) as first, max(greatest(c.first_response_at, c.resolved_at)) as last
    from conversations c
    where ${IS_CONTACT}
  `.execute(db);
  const times = [periods.current.end.getTime(), now.getTime()];
  const first = Math.min(
    periods.previous.start.getTime(),
    rows[0]?.first ? new Date(rows[0].first).getTime() : Infinity,
  );
  const last = Math.max(...times, rows[0]?.last ? new Date(rows[0].last).getTime() : 0);
  return openStretches(
    hours,
    addDays(localDateOf(new Date(first), hours.timeZone), -1),
    addDays(localDateOf(new Date(last), hours.timeZone), 1),
  );
}
