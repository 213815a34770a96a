import { TRPCError } from "@trpc/server";
import { sql, type SqlBool } from "kysely";

/**
 * Keyset position on the supervisors' list (score descending, unscored last, then created_at and
 * id ascending): the last row's score as PostgreSQL keeps it, its time to the microsecond (a JS
 * Date would round and skip or repeat rows) and its id as the tie-breaker.
 */
export interface SuggestionPosition {
  score: number | null;
  at: string;
  id: string;
}

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function encodeSuggestionCursor(position: SuggestionPosition): string {
  return Buffer.from(
    `${position.score === null ? "" : String(position.score)}|${position.at}|${position.id}`,
  ).toString("base64url");
}

export function decodeSuggestionCursor(cursor: string): SuggestionPosition {
  const [score, at, id, ...rest] = Buffer.from(cursor, "base64url").toString("utf8").split("|");
  const number = score === "" ? null : Number(score);
  if (
    score === undefined ||
    !at ||
    !id ||
    rest.length > 0 ||
    (number !== null && !Number.isFinite(number)) ||
    Number.isNaN(Date.parse(at)) ||
    !uuid.test(id)
  ) {
    throw new TRPCError({
      code: "BAD_REQUEST",
      message: "This page link is no longer valid; reload the list",
    });
  }
  return { score: number, at, id };
}

/** Rows of the list after this position, in the same order the index keeps them. */
export function afterSuggestion(position: SuggestionPosition) {
  const rest = sql<SqlBool>`(l.created_at, l.id) > (${position.at}::timestamptz, ${position.id}::uuid)`;
  if (position.score === null) return sql<SqlBool>`(l.score is null and ${rest})`;
  const score = sql`${position.score}::real`;
  return sql<SqlBool>`(l.score < ${score} or l.score is null or (l.score = ${score} and ${rest}))`;
}
