import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { hashSessionToken, newSessionToken } from "./session-token.ts";
import { SESSION_TTL_MS } from "./session-store.ts";

export interface OpenedSession {
  /** Given to the client once; only its hash is stored. */
  token: string;
  sessionId: string;
  expiresAt: Date;
}

/** Starts a session for a user whose credentials were checked (login), or a test/bench user. */
export async function openSession(
  db: Kysely<Database>,
  props: { userId: string; now: Date; userAgent?: string | null; ip?: string | null },
): Promise<OpenedSession> {
  const token = newSessionToken();
  const expiresAt = new Date(props.now.getTime() + SESSION_TTL_MS);
  const session = await db
    .insertInto("sessions")
    .values({
      user_id: props.userId,
      token_hash: hashSessionToken(token),
      created_at: props.now,
      last_seen_at: props.now,
      expires_at: expiresAt,
      user_agent: props.userAgent ?? null,
      ip: props.ip ?? null,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return { token, sessionId: session.id, expiresAt };
}
