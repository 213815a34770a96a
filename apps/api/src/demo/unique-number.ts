import { hashParts } from "./random.ts";

/**
 * Identifier spaces. Each is a prime p, so n ↦ (a·n + b) mod p is a bijection of [0, p): distinct
 * customer indexes get distinct numbers, which is what keeps generated emails, phone numbers and
 * provider ids from ever colliding (a collision would silently make two demo customers one).
 */
export const SPACE_6_DIGITS = 999_983;
/** Below 9,000,000 so that 1,000,000 + n always has exactly seven digits. */
export const SPACE_7_DIGITS = 8_999_993;

/** The largest customer count for which every identifier space stays collision-free. */
export const MAX_DEMO_CUSTOMERS = SPACE_6_DIGITS;

/**
 * A number in [0, space) that no other index gets for the same (seed, salt): looks random, is unique.
 * a·index stays below 2^53 (a < 9e6, index < 1e6), so the arithmetic is exact.
 */
export function uniqueNumber(seed: number, salt: string, index: number, space: number): number {
  if (!Number.isInteger(index) || index < 0 || index >= space) {
    throw new RangeError(`index ${index} is outside the identifier space of ${space}`);
  }
  const a = 1 + (hashParts(seed, salt, "factor") % (space - 1));
  const b = hashParts(seed, salt, "offset") % space;
  return (a * index + b) % space;
}

/** Seven digits, never starting with 0: the unique tail of phone numbers and provider ids. */
export function uniqueSevenDigits(seed: number, salt: string, index: number): string {
  return String(1_000_000 + uniqueNumber(seed, salt, index, SPACE_7_DIGITS));
}
