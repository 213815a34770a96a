/**
 * The API refuses settings as "Invalid config: config.imap.user: Too small; config.address: …"
 * (connector-settings.ts): its words per field path (without the root), to show beside the fields.
 */
export function apiFieldErrors(message: string, root: "config" | "secrets"): Record<string, string> {
  const start = message.indexOf(`Invalid ${root}: `);
  if (start < 0) return {};
  const out: Record<string, string> = {};
  for (const part of message.slice(start + `Invalid ${root}: `.length).split("; ")) {
    const match = /^([\w.]+): (.*)$/s.exec(part);
    if (!match?.[1] || match[2] === undefined) continue;
    const [first, ...path] = match[1].split(".");
    if (first === root) out[path.join(".")] = match[2];
  }
  return out;
}
