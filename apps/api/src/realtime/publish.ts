import { realtimeNewsSchema, type RealtimeNews } from "@emma/core";
import { sql, type Kysely, type Transaction } from "kysely";
import { notify } from "../db/notifications.ts";
import type { Database } from "../db/schema.ts";

export const REALTIME_CHANNEL = "emma_realtime";

/** A topic and its payload (core's contract), and who hears of it. */
export type RealtimeMessage = RealtimeNews & {
  /** null: every signed-in user. */
  userIds: string[] | null;
};

type Executor = Kysely<Database> | Transaction<Database>;

/**
 * Stores events (so a reconnecting console can resume) and returns their ids. Each is parsed with
 * core's schema of its topic first: a publisher that breaks the contract fails here, loudly, rather
 * than in every console. Nobody hears of them
 * until `notifyRealtime` is called with those ids in the same transaction.
 */
export async function insertRealtimeEvents(db: Executor, messages: RealtimeMessage[]): Promise<string[]> {
  if (messages.length === 0) return [];
  const rows = await db
    .insertInto("realtime_events")
    .values(
      messages.map((m) => {
        const news = realtimeNewsSchema.parse({ topic: m.topic, payload: m.payload });
        return { topic: news.topic, user_ids: m.userIds, payload: JSON.stringify(news.payload) };
      }),
    )
    .returning(sql<string>`id::text`.as("id"))
    .execute();
  return rows.map((row) => row.id);
}

// PostgreSQL refuses notification payloads of 8000 bytes or more; ids are ~10 bytes each.
const IDS_PER_NOTIFICATION = 500;

/**
 * One NOTIFY for many events: every commit that NOTIFYs takes PostgreSQL's global notify-queue lock,
 * so a batch that notifies once commits as cheaply as one event. Delivered on commit only.
 */
export async function notifyRealtime(db: Executor, ids: string[]): Promise<void> {
  for (let start = 0; start < ids.length; start += IDS_PER_NOTIFICATION) {
    await notify(
      db,
      REALTIME_CHANNEL,
      JSON.stringify({ ids: ids.slice(start, start + IDS_PER_NOTIFICATION) }),
    );
  }
}

/** Stores and announces one event; call it inside the transaction that made the change. */
export async function publish(db: Executor, message: RealtimeMessage): Promise<void> {
  await notifyRealtime(db, await insertRealtimeEvents(db, [message]));
}
