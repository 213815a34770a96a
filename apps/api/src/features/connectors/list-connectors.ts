import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import { presentConnector } from "./connector-presenter.ts";

/** Every connector with its health, for the admin's overview. */
export async function listConnectors(db: Kysely<Database>, props: { now: Date }) {
  const rows = await connectorHealthQuery(db).orderBy("c.name").orderBy("c.id").execute();
  return rows.map((row) => presentConnector(row, props.now));
}

/**
 * Connectors with their health in one statement: the queues are counted once per table, grouped by
 * connector, rather than once per connector. Only unfinished rows are counted (pending and failed
 * events use the pending index or a scan of what is not processed; sent mail is left out).
 * Counts are cast to int: pg returns int8 as a string, PGlite as a number.
 */
export function connectorHealthQuery(db: Kysely<Database> | Transaction<Database>) {
  return db
    .selectFrom("connectors as c")
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("inbound_events")
          .where("status", "in", ["pending", "failed"])
          .groupBy("connector_id")
          .select([
            "connector_id",
            sql<number>`(count(*) filter (where status = 'pending'))::int`.as("backlog"),
            sql<number>`(count(*) filter (where status = 'failed'))::int`.as("failed_events"),
            sql<Date | null>`min(received_at) filter (where status = 'pending')`.as("oldest_pending_at"),
          ])
          .as("ie"),
      (join) => join.onRef("ie.connector_id", "=", "c.id"),
    )
    .leftJoin(
      (eb) =>
        eb
          .selectFrom("outbox")
          // Failing: given up on, or still queued after at least one failed attempt.
          .where((w) =>
            w.or([w("status", "=", "failed"), w.and([w("status", "=", "queued"), w("attempts", ">", 0)])]),
          )
          .groupBy("connector_id")
          .select(["connector_id", sql<number>`count(*)::int`.as("failing_sends")])
          .as("ob"),
      (join) => join.onRef("ob.connector_id", "=", "c.id"),
    )
    .select([
      "c.id",
      "c.kind",
      "c.name",
      "c.enabled",
      "c.default_country",
      "c.last_error",
      "c.last_error_at",
      "c.reconnect_reason",
      "c.reconnect_since",
      "c.poll_failures",
      "c.poll_retry_at",
      "c.last_check_at",
      "c.last_check_warnings",
      "c.token_expires_at",
      "c.created_at",
      "c.updated_at",
      // The column when the ingest path keeps it; otherwise the newest stored event. COALESCE does not
      // evaluate the subquery when the column is set.
      sql<Date | null>`coalesce(c.last_event_at, (
        select max(e.received_at) from inbound_events e where e.connector_id = c.id
      ))`.as("last_event_at"),
      sql<number>`coalesce(ie.backlog, 0)`.as("backlog"),
      sql<number>`coalesce(ie.failed_events, 0)`.as("failed_events"),
      "ie.oldest_pending_at",
      sql<number>`coalesce(ob.failing_sends, 0)`.as("failing_sends"),
    ]);
}

export type ConnectorHealthRow = Awaited<
  ReturnType<ReturnType<typeof connectorHealthQuery>["executeTakeFirstOrThrow"]>
>;
