import { realtimeEventSchema, type RealtimeEvent } from "@emma/core";
import { sql, type Kysely, type RawBuilder } from "kysely";
import { z } from "zod";
import type { NotificationBus } from "../db/notifications.ts";
import type { Database } from "../db/schema.ts";
import type { Logger } from "../services.ts";
import { REALTIME_CHANNEL } from "./publish.ts";

interface Subscriber {
  userId: string;
  /** null for in-process listeners that no session owns (tests, tools). */
  session: StreamSession | null;
  push(event: RealtimeEvent): void;
  end(): void;
}

/** The session a console's stream runs under: the stream ends with it. */
export interface StreamSession {
  sessionId: string;
  /** Time left until the session's absolute end: the stream ends then even if nothing is revoked. */
  endsInMs: number;
  /** Read past every cache: a revocation may have been announced before this stream was registered. */
  stillSignedIn(): Promise<boolean>;
}

/** Thrown into a stream whose session ended (logout, revoked, password change, user deactivated). */
export class SessionEndedError extends Error {
  override readonly name = "SessionEndedError";
  constructor() {
    super("The session of this stream has ended");
  }
}

/** How far back a reconnecting console can resume; older events are pruned. */
export const RESUME_WINDOW_MS = 24 * 60 * 60 * 1000;
const RESUME_LIMIT = 1000;

/**
 * One LISTEN per API instance, fanned out in memory to that instance's consoles. Each console has
 * one multiplexed stream (DESIGN: realtime), filtered to the events meant for its user.
 */
export class RealtimeHub {
  readonly #subscribers = new Set<Subscriber>();
  readonly #db: Kysely<Database>;
  readonly #log: Logger;
  #unlisten: (() => Promise<void>) | undefined;
  #stopReconnect: (() => void) | undefined;
  /** The highest event id this instance has fanned out: where a catch-up starts. */
  #lastId = 0n;

  constructor(db: Kysely<Database>, log: Logger) {
    this.#db = db;
    this.#log = log;
  }

  async start(bus: NotificationBus): Promise<void> {
    const { rows } = await sql<{
      max: string;
    }>`select coalesce(max(id), 0)::text as max from realtime_events`.execute(this.#db);
    this.#lastId = BigInt(rows[0]?.max ?? "0");
    this.#unlisten = await bus.listen(REALTIME_CHANNEL, (payload) => {
      this.#deliver(payload).catch((error: unknown) =>
        this.#log.error("realtime: delivery failed", { error: String(error) }),
      );
    });
    // Notifications sent while the listener was reconnecting are gone; the table still has them,
    // and the sessions table has the revocations whose notices were lost.
    this.#stopReconnect = bus.onReconnect(() => {
      this.catchUp().catch((error: unknown) =>
        this.#log.error("realtime: catch-up failed", { error: String(error) }),
      );
      this.recheckSessions().catch((error: unknown) =>
        this.#log.error("realtime: session re-check failed", { error: String(error) }),
      );
    });
  }

  async stop(): Promise<void> {
    this.#stopReconnect?.();
    await this.#unlisten?.();
    this.#unlisten = undefined;
  }

  /** Fans out every stored event after the last one seen; subscribers drop ids they already have. */
  async catchUp(): Promise<void> {
    const rows = await this.#selectEvents(sql<boolean>`id > ${this.#lastId.toString()}::bigint`);
    this.#fanOut(rows);
  }

  get subscriberCount(): number {
    return this.#subscribers.size;
  }

  /** Ends the open streams of sessions that ended; each throws `SessionEndedError` to its reader. */
  endStreams(ended: (stream: { userId: string; sessionId: string }) => boolean): void {
    for (const subscriber of this.#subscribers) {
      const { userId, session } = subscriber;
      if (session !== null && ended({ userId, sessionId: session.sessionId })) subscriber.end();
    }
  }

  /** Asks the database about every open stream's session: for revocations whose notice was lost. */
  async recheckSessions(): Promise<void> {
    for (const subscriber of [...this.#subscribers]) {
      if (subscriber.session && !(await subscriber.session.stillSignedIn())) subscriber.end();
    }
  }

  /**
   * Events for `userId`: first those after `lastEventId` (resume), then live ones, each once. With a
   * `session`, the stream ends (SessionEndedError) as soon as that session does.
   */
  async *subscribe(
    userId: string,
    lastEventId: string | null,
    signal: AbortSignal | undefined,
    session?: StreamSession,
  ): AsyncGenerator<RealtimeEvent> {
    const queue: RealtimeEvent[] = [];
    let wake: (() => void) | undefined;
    let endedFlag = false;
    // Read through a function: the flag changes under the awaits and yields below.
    const ended = () => endedFlag;
    const subscriber: Subscriber = {
      userId,
      session: session ?? null,
      push: (event) => {
        queue.push(event);
        wake?.();
      },
      end: () => {
        endedFlag = true;
        wake?.();
      },
    };
    // Subscribe before reading the backlog so nothing committed in between is missed.
    this.#subscribers.add(subscriber);
    const onAbort = () => wake?.();
    signal?.addEventListener("abort", onAbort);
    // Sessions last hours, far below setTimeout's 24.8-day limit.
    const expiry = session ? setTimeout(() => subscriber.end(), Math.max(0, session.endsInMs)) : undefined;
    try {
      // Registered first, checked second: a revocation committed before this check is seen here, and
      // one committed after it is announced to the subscriber registered above. Either way it ends.
      if (session && !(await session.stillSignedIn())) endedFlag = true;
      const delivered = new Set<string>();
      if (lastEventId && !ended()) {
        for (const event of await this.#backlog(userId, lastEventId)) {
          if (ended()) break;
          delivered.add(event.id);
          yield event;
        }
      }
      while (!signal?.aborted) {
        if (ended()) throw new SessionEndedError();
        const event = queue.shift();
        if (!event) {
          await new Promise<void>((resolve) => (wake = resolve));
          wake = undefined;
          continue;
        }
        // Ids can commit out of order, so dedupe by id rather than by "greater than".
        if (delivered.has(event.id)) continue;
        delivered.add(event.id);
        yield event;
      }
    } finally {
      clearTimeout(expiry);
      signal?.removeEventListener("abort", onAbort);
      this.#subscribers.delete(subscriber);
    }
  }

  async pruneOlderThan(cutoff: Date): Promise<void> {
    await this.#db.deleteFrom("realtime_events").where("created_at", "<", cutoff).execute();
  }

  async #backlog(userId: string, lastEventId: string): Promise<RealtimeEvent[]> {
    const rows = await this.#db
      .selectFrom("realtime_events")
      .select(["id", "topic", "payload", "created_at"])
      .select(sql<string>`id::text`.as("idText"))
      .where(sql<boolean>`id > ${lastEventId}::bigint`)
      .where((eb) =>
        eb.or([eb("user_ids", "is", null), eb(sql<string>`${userId}::uuid`, "=", eb.fn.any("user_ids"))]),
      )
      .orderBy("id")
      .limit(RESUME_LIMIT)
      .execute();
    return rows.flatMap((row) => this.#toEvent(row));
  }

  /** The notification names event ids; one query fetches them for every console of this instance. */
  async #deliver(raw: string): Promise<void> {
    const notice = noticeSchema.safeParse(safeJson(raw));
    if (!notice.success) {
      this.#log.error("realtime: dropped a malformed notification", { raw: raw.slice(0, 200) });
      return;
    }
    if (this.#subscribers.size === 0) {
      for (const id of notice.data.ids) if (BigInt(id) > this.#lastId) this.#lastId = BigInt(id);
      return;
    }
    this.#fanOut(await this.#selectEvents(sql<boolean>`id = any(${notice.data.ids}::bigint[])`));
  }

  #selectEvents(condition: RawBuilder<boolean>): Promise<EventRow[]> {
    return this.#db
      .selectFrom("realtime_events")
      .select(["topic", "payload", "created_at", "user_ids"])
      .select(sql<string>`id::text`.as("idText"))
      .where(condition)
      .orderBy("id")
      .limit(RESUME_LIMIT)
      .execute();
  }

  /**
   * The stored row as core's event, or nothing: a row another API version wrote in a shape this one
   * cannot read (kept for the resume window) is logged and skipped, not fatal to the stream.
   */
  #toEvent(row: Omit<EventRow, "user_ids">): [RealtimeEvent] | [] {
    const event = realtimeEventSchema.safeParse({
      id: row.idText,
      topic: row.topic,
      payload: row.payload,
      at: row.created_at.toISOString(),
    });
    if (event.success) return [event.data];
    this.#log.error("realtime: skipped an event this version cannot read", {
      id: row.idText,
      topic: row.topic,
      error: z.prettifyError(event.error),
    });
    return [];
  }

  #fanOut(rows: EventRow[]): void {
    for (const row of rows) {
      if (BigInt(row.idText) > this.#lastId) this.#lastId = BigInt(row.idText);
      const [event] = this.#toEvent(row);
      if (!event) continue;
      for (const subscriber of this.#subscribers) {
        if (row.user_ids === null || row.user_ids.includes(subscriber.userId)) subscriber.push(event);
      }
    }
  }
}

interface EventRow {
  idText: string;
  topic: string;
  payload: Record<string, unknown>;
  created_at: Date;
  user_ids: string[] | null;
}

const noticeSchema = z.object({ ids: z.array(z.string().regex(/^\d+$/)).min(1) });

function safeJson(raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    return null;
  }
}
