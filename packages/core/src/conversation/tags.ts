import { z } from "zod";

export const TAG_MAX_LENGTH = 40;

/**
 * A conversation tag as agents type it: trimmed, inner whitespace collapsed, lower-cased so that
 * "Kündigung" and "kündigung" are one tag in filters, reports and macros. Letters of every script,
 * digits, space, `-`, `_`, `/` and `.`; nothing that would need escaping in a filter or a URL.
 */
export const tagSchema = z
  .string()
  .transform((raw) => raw.trim().replace(/\s+/gu, " ").toLocaleLowerCase("de"))
  .pipe(
    z
      .string()
      .min(1, "A tag needs at least one character")
      .max(TAG_MAX_LENGTH, `A tag has at most ${TAG_MAX_LENGTH} characters`)
      .regex(
        /^[\p{L}\p{N}][\p{L}\p{N} _./-]*$/u,
        "A tag starts with a letter or digit and has no special characters",
      ),
  )
  .describe("A conversation tag; stored lower-case");

export const tagListSchema = z.array(tagSchema).max(20).describe("Tags, at most 20");

/** The tags after adding and removing some: each once, in the order first added. */
export function changeTags(
  current: readonly string[],
  add: readonly string[],
  remove: readonly string[],
): string[] {
  const removed = new Set(remove);
  const result: string[] = [];
  for (const tag of [...current, ...add]) {
    if (!removed.has(tag) && !result.includes(tag)) result.push(tag);
  }
  return result;
}
