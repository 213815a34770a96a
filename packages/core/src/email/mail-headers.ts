/** Header fields by lower-case name, values unfolded and in the order they appear (Received: newest first). */
export type MailHeaders = ReadonlyMap<string, readonly string[]>;

/** Splits an entity at its first empty line. Without one, everything is header. */
export function splitHeaderAndBody(entity: string): { header: string; body: string } {
  const match = /\r?\n\r?\n/.exec(entity);
  if (/^\r?\n/.test(entity)) return { header: "", body: entity.replace(/^\r?\n/, "") };
  if (!match) return { header: entity, body: "" };
  return { header: entity.slice(0, match.index), body: entity.slice(match.index + match[0].length) };
}

/**
 * Reads `Name: value` fields (RFC 5322 §2.2), unfolding continuation lines. Lines that are no field
 * (an mbox "From " line, garbage) are skipped: a header is read as far as it can be, never refused.
 */
export function parseHeaderBlock(block: string): Map<string, string[]> {
  const headers = new Map<string, string[]>();
  let current: { name: string; value: string } | undefined;
  const flush = () => {
    if (!current) return;
    const values = headers.get(current.name) ?? [];
    values.push(current.value.replace(/\s+/g, " ").trim());
    headers.set(current.name, values);
    current = undefined;
  };
  for (const line of block.split(/\r?\n/)) {
    if (/^[ \t]/.test(line) && current) {
      current.value += ` ${line.trim()}`;
      continue;
    }
    flush();
    const colon = line.indexOf(":");
    const name = colon > 0 ? line.slice(0, colon).trim().toLowerCase() : "";
    if (/^[\x21-\x39\x3b-\x7e]+$/.test(name)) current = { name, value: line.slice(colon + 1) };
  }
  flush();
  return headers;
}

export function headerValue(headers: MailHeaders, name: string): string | undefined {
  return headers.get(name)?.[0];
}
