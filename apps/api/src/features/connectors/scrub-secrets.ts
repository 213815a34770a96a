/**
 * Replaces every secret value in a text that leaves the API with "***" (DESIGN invariant 7).
 * Connectors already word their errors without secrets; this is the defence in depth for a provider
 * or library message that echoes what it was given.
 */
export function scrubSecrets(text: string, ...sources: readonly unknown[]): string {
  const values = [...new Set(sources.flatMap(stringsIn))]
    .filter((value) => value.length > 0)
    // Longest first, so a secret that contains another is replaced whole.
    .sort((a, b) => b.length - a.length);
  let out = text;
  for (const value of values) out = out.split(value).join("***");
  return out;
}

function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (typeof value === "number" || typeof value === "bigint") return [String(value)];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (typeof value === "object" && value !== null) return Object.values(value).flatMap(stringsIn);
  return [];
}
