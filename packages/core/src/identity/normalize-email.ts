import type { RawIdentity } from "./identity-kind.ts";
import { asciiHost } from "./ascii-host.ts";
import { displayOrNull, normalized, rejected, type NormalizeResult } from "./normalize-result.ts";

// RFC 5321 limits; longer values are garbage or an attack on our indexes.
const MAX_LOCAL = 64;
const MAX_ADDRESS = 254;

/** Mail headers and links wrap addresses as <addr>, mailto:addr or <mailto:addr?subject=…>. */
export function unwrapEmail(value: string): string {
  let current = value.trim();
  for (;;) {
    const before = current;
    if (/^mailto:/i.test(current)) current = current.slice("mailto:".length).split("?")[0]?.trim() ?? "";
    if (current.startsWith("<") && current.endsWith(">")) current = current.slice(1, -1).trim();
    if (current === before) return current;
  }
}

export function normalizeEmail(raw: RawIdentity): NormalizeResult {
  const written = unwrapEmail(raw.value);
  if (written === "") return rejected("empty", "The email address is empty");
  const at = written.indexOf("@");
  if (at <= 0 || at !== written.lastIndexOf("@")) {
    return rejected(
      "invalid",
      `"${written}" is not an email address: it needs exactly one @ with a name before it`,
    );
  }
  const local = written.slice(0, at).toLowerCase();
  if (local.length > MAX_LOCAL || /[\s<>()[\]\\,;:"]/.test(local)) {
    return rejected("invalid", `"${written}" is not an email address: the part before @ is not usable`);
  }
  const domain = asciiHost(written.slice(at + 1));
  if (domain === null) {
    return rejected("invalid", `"${written}" is not an email address: the domain must look like example.de`);
  }
  const value = `${local}@${domain}`;
  if (value.length > MAX_ADDRESS)
    return rejected("invalid", "The email address is longer than 254 characters");
  return normalized({ kind: "email", value, display: displayOrNull(raw.display) ?? written });
}
