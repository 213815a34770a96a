import type { RealtimeTopic } from "@emma/core";
import { sql, type Kysely, type Transaction } from "kysely";
import type { Database } from "../db/schema.ts";

export const REALTIME_CHANNEL = "emma_realtime";

export interface RealtimeMessage {
  topic: RealtimeTopic;
  /** null: every signed-in user. */
  userIds: string[] | null;
  payload: Record<string, unknown>;
}

/**
 * Stores the event (so a reconnecting console can resume) and NOTIFYs every API instance with the
 * whole event, so fan-out needs no extra query. The channel is schema-qualified like `notify()` in
 * db/notifications.ts. Call it inside the transaction that made the change:
 * PostgreSQL delivers the notification only if that transaction commits.
 */
export async function publish(db: Kysely<Database> | Transaction<Database>, message: RealtimeMessage): Promise<void> {
  await sql`
    with event as (
      insert into realtime_events (topic, user_ids, payload)
      values (${message.topic}, ${message.userIds}::uuid[], ${JSON.stringify(message.payload)}::jsonb)
      returning id, topic, user_ids, payload, created_at
    )
    select pg_notify(current_schema()::text || '.' || ${REALTIME_CHANNEL}::text, json_build_object(
      'id', id::text, 'topic', topic, 'userIds', user_ids, 'payload', payload, 'at', created_at
    )::text) from event
  `.execute(db);
}
