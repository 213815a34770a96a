/**
 * JSON as Meta serializes webhooks: every non-ASCII character as \uXXXX and "/" as "\/". The
 * signature covers these bytes, so a receiver that re-serializes the parsed body cannot verify it:
 * the simulator sends them exactly so, to catch that mistake.
 */
export function metaJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/\//g, "\\/")
    .replace(/[\u007f-\uffff]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}
