import type { Kysely, Transaction } from "kysely";
import { z } from "zod";
import { notify } from "../db/notifications.ts";
import type { Database } from "../db/schema.ts";

export const SESSIONS_CHANNEL = "emma_sessions";

/**
 * Sessions that just ended, told to every API instance: each drops them from its session cache and
 * ends their open event streams. Parsed where it is sent and where it is heard.
 */
export const sessionNoticeSchema = z.discriminatedUnion("ended", [
  z.object({
    ended: z.literal("session"),
    sessionId: z.string().min(1).describe("The one session that ended (logout, revoked by its user)"),
  }),
  z.object({
    ended: z.literal("user"),
    userId: z.string().min(1).describe("Every session of this user ended (deactivated, password set)"),
    keepSessionId: z
      .string()
      .min(1)
      .optional()
      .describe("Except this one: the session that changed its own password goes on"),
  }),
]);
export type SessionNotice = z.infer<typeof sessionNoticeSchema>;

/** Whether a notice ends the session `sessionId` of user `userId`. */
export function noticeEnds(notice: SessionNotice, session: { userId: string; sessionId: string }): boolean {
  switch (notice.ended) {
    case "session":
      return notice.sessionId === session.sessionId;
    case "user":
      return notice.userId === session.userId && notice.keepSessionId !== session.sessionId;
    default: {
      const unreachable: never = notice;
      return unreachable;
    }
  }
}

/** Announces ended sessions on commit of `db`'s transaction (dropped on rollback). */
export function announceSessionsEnded(
  db: Kysely<Database> | Transaction<Database>,
  notice: SessionNotice,
): Promise<void> {
  return notify(db, SESSIONS_CHANNEL, JSON.stringify(sessionNoticeSchema.parse(notice)));
}
