import type { Role } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import type { Caller } from "../trpc/context.ts";
import { noticeEnds, type SessionNotice } from "./session-notice.ts";
import { hashSessionToken } from "./session-token.ts";

export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** Idle sessions end after this; each request within it extends the session. */
const SESSION_IDLE_MS = 2 * 60 * 60 * 1000;
/**
 * Lookups are cached briefly because every request authenticates; revocations are broadcast
 * (see `session-notice.ts`) so every instance drops a revoked session at once, not after the TTL.
 */
const CACHE_MS = 10_000;
/** Writing last_seen_at on every request would turn each read into a write. */
const TOUCH_EVERY_MS = 60_000;

interface CachedCaller {
  caller: Caller;
  /** The absolute end of the session, whatever the activity. */
  absoluteExpiresAt: number;
  expiresAt: number;
  cachedUntil: number;
  touchedAt: number;
}

export class SessionStore {
  readonly #db: Kysely<Database>;
  readonly #now: () => Date;
  readonly #cache = new Map<string, CachedCaller>();

  constructor(db: Kysely<Database>, now: () => Date) {
    this.#db = db;
    this.#now = now;
  }

  async authenticate(token: string): Promise<Caller | null> {
    const tokenHash = hashSessionToken(token);
    const now = this.#now().getTime();
    const cached = this.#cache.get(tokenHash);
    if (cached && cached.cachedUntil > now && cached.expiresAt > now) {
      if (now - cached.touchedAt > TOUCH_EVERY_MS) await this.#touch(cached, now);
      return cached.caller;
    }
    const row = await this.#db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select([
        "sessions.id as sessionId",
        "sessions.expires_at",
        "sessions.last_seen_at",
        "users.id as userId",
        "users.role",
        "users.display_name",
        "users.email",
        "users.locale",
        "users.must_change_password",
      ])
      .where("sessions.token_hash", "=", tokenHash)
      .where("sessions.revoked_at", "is", null)
      .where("users.active", "=", true)
      .executeTakeFirst();
    if (!row) return null;
    const expiresAt = Math.min(row.expires_at.getTime(), row.last_seen_at.getTime() + SESSION_IDLE_MS);
    if (expiresAt <= now) return null;
    const entry: CachedCaller = {
      caller: {
        userId: row.userId,
        sessionId: row.sessionId,
        sessionEndsAt: row.expires_at,
        role: row.role satisfies Role,
        displayName: row.display_name,
        email: row.email,
        locale: row.locale,
        mustChangePassword: row.must_change_password,
      },
      absoluteExpiresAt: row.expires_at.getTime(),
      expiresAt,
      cachedUntil: now + CACHE_MS,
      touchedAt: row.last_seen_at.getTime(),
    };
    this.#cache.set(tokenHash, entry);
    if (now - entry.touchedAt > TOUCH_EVERY_MS) await this.#touch(entry, now);
    return entry.caller;
  }

  /**
   * Whether the session is still in force, read from the database past the cache: for a long-lived
   * stream whose request was authenticated before a revocation this instance may not have heard of.
   */
  async isLive(sessionId: string): Promise<boolean> {
    const row = await this.#db
      .selectFrom("sessions")
      .innerJoin("users", "users.id", "sessions.user_id")
      .select("sessions.id")
      .where("sessions.id", "=", sessionId)
      .where("sessions.revoked_at", "is", null)
      .where("sessions.expires_at", ">", this.#now())
      .where("users.active", "=", true)
      .executeTakeFirst();
    return row !== undefined;
  }

  /**
   * Called for every notice of ended sessions, from this instance or another. A user's notice also
   * drops the session it keeps: what changed with it (e.g. a password that no longer must be
   * changed) is read afresh on every instance.
   */
  forget(notice: SessionNotice): void {
    for (const [key, entry] of this.#cache) {
      const ofUser = notice.ended === "user" && notice.userId === entry.caller.userId;
      if (ofUser || noticeEnds(notice, entry.caller)) this.#cache.delete(key);
    }
  }

  /** Forgets every cached session: after a listener reconnect, revocation notices may have been lost. */
  forgetAll(): void {
    this.#cache.clear();
  }

  /** Drops a user's cached details (e.g. a new locale) so the next request reads them afresh. */
  forgetUser(userId: string): void {
    for (const [key, entry] of this.#cache) if (entry.caller.userId === userId) this.#cache.delete(key);
  }

  async #touch(entry: CachedCaller, now: number): Promise<void> {
    entry.touchedAt = now;
    entry.expiresAt = Math.min(entry.absoluteExpiresAt, now + SESSION_IDLE_MS);
    await this.#db
      .updateTable("sessions")
      .set({ last_seen_at: new Date(now) })
      .where("id", "=", entry.caller.sessionId)
      .execute();
  }
}
