/**
 * PostgreSQL's text and jsonb cannot hold U+0000 ("invalid byte sequence for encoding UTF8: 0x00"),
 * yet providers send it (a broken mail part, pasted binary). It carries nothing a reader sees, so
 * it is dropped before anything a provider wrote is stored; every other character is kept.
 */
export function withoutNul(text: string): string {
  return text.includes("\u0000") ? text.replaceAll("\u0000", "") : text;
}

/**
 * The same for every string in a parsed value, object keys included. Arrays and plain objects are
 * copied only where something was dropped (the same value comes back otherwise, so ingest pays
 * for a walk, not a copy); anything else (a Date, a number) is kept as it is.
 */
export function withoutNulDeep(value: unknown): unknown {
  if (typeof value === "string") return withoutNul(value);
  if (Array.isArray(value)) {
    const entries = value.map(withoutNulDeep);
    return entries.every((entry, index) => entry === value[index]) ? value : entries;
  }
  if (isPlainObject(value)) {
    const entries = Object.entries(value);
    const cleaned = entries.map(([key, entry]) => [withoutNul(key), withoutNulDeep(entry)] as const);
    const same = cleaned.every(
      ([key, entry], index) => key === entries[index]?.[0] && entry === entries[index][1],
    );
    return same ? value : Object.fromEntries(cleaned);
  }
  return value;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== "object" || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}
