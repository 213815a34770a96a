/**
 * A fresh key per reply. crypto.randomUUID exists only in secure contexts; a console opened over
 * plain http on a LAN address is not one, so fall back to getRandomValues, which always exists.
 */
export function newIdempotencyKey(): string {
  if (typeof crypto.randomUUID === "function") return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, "0")).join("");
}
