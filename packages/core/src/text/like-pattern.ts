const escapeLike = (text: string) => text.replace(/[\\%_]/g, (char) => `\\${char}`);

/**
 * A LIKE pattern matching values that start with `prefix` literally: an agent typing "50%" or "a_b"
 * must not get wildcards. Use with `like $1 escape '\'`, which PostgreSQL and PGlite both take.
 */
export function likePrefixPattern(prefix: string): string {
  return `${escapeLike(prefix)}%`;
}

/** A LIKE pattern matching values that contain `fragment` literally (see likePrefixPattern). */
export function likeContainsPattern(fragment: string): string {
  return `%${escapeLike(fragment)}%`;
}
