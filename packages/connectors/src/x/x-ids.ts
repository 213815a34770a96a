import { z } from "zod";

/**
 * X's ids are 64-bit snowflakes (beyond 2^53): they are text everywhere, never numbers. A schema
 * that accepts only strings also refuses a payload whose id JSON.parse has already rounded.
 */
export const xIdSchema = z.string().regex(/^\d{1,20}$/, "An X id is a string of digits");
export const xUserIdSchema = xIdSchema.describe("An X user id (digits, as text)");

/** Orders two ids as the numbers they are, without turning them into numbers. */
export function compareXIds(a: string, b: string): number {
  const x = a.replace(/^0+(?=\d)/, "");
  const y = b.replace(/^0+(?=\d)/, "");
  return x.length - y.length || (x < y ? -1 : x > y ? 1 : 0);
}

export function newestXId(ids: readonly string[]): string | undefined {
  return ids.reduce<string | undefined>(
    (newest, id) => (newest === undefined || compareXIds(id, newest) > 0 ? id : newest),
    undefined,
  );
}

/** X's id of a one-to-one DM conversation: `{smaller user id}-{larger user id}`. */
export function oneToOneConversationId(a: string, b: string): string {
  return compareXIds(a, b) <= 0 ? `${a}-${b}` : `${b}-${a}`;
}

const X_EPOCH_MS = 1288834974657n;

/** When X made an id: a snowflake's upper bits are milliseconds since X's epoch (exact, via BigInt). */
export function xIdTime(id: string): Date {
  return new Date(Number((BigInt(id) >> 22n) + X_EPOCH_MS));
}
