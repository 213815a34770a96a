/** A mail written in the test: lines joined with CRLF as on the wire. */
export function mail(...lines: string[]): Buffer {
  return Buffer.from(lines.join("\r\n"), "utf8");
}
