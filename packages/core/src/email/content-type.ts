export interface ContentType {
  /** `type/subtype`, lower-case; `text/plain` when absent or unreadable (RFC 2045 §5.2). */
  type: string;
  /** Parameters by lower-case name, unquoted. */
  params: ReadonlyMap<string, string>;
}

/** Reads a Content-Type value like `multipart/report; report-type=delivery-status; boundary="x"`. */
export function parseContentType(value: string | undefined): ContentType {
  const [head = "", ...rest] = splitParams(value ?? "");
  const type = head.trim().toLowerCase();
  const params = new Map<string, string>();
  for (const param of rest) {
    const eq = param.indexOf("=");
    if (eq <= 0) continue;
    const name = param.slice(0, eq).trim().toLowerCase();
    let raw = param.slice(eq + 1).trim();
    if (raw.startsWith('"')) raw = raw.slice(1, raw.endsWith('"') && raw.length > 1 ? -1 : undefined);
    if (!params.has(name)) params.set(name, raw.replace(/\\(.)/g, "$1"));
  }
  return { type: /^[\w.+-]+\/[\w.+-]+$/.test(type) ? type : "text/plain", params };
}

/** Splits on `;` outside double quotes. */
function splitParams(value: string): string[] {
  const parts: string[] = [];
  let current = "";
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const char = value.charAt(i);
    if (char === "\\" && quoted) {
      current += char + value.charAt(i + 1);
      i++;
    } else if (char === '"') {
      quoted = !quoted;
      current += char;
    } else if (char === ";" && !quoted) {
      parts.push(current);
      current = "";
    } else current += char;
  }
  parts.push(current);
  return parts;
}
