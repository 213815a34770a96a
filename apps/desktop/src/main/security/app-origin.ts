import { parseUrl } from "./parse-url.ts";

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/**
 * The one origin the window may show: the API that serves the console (or the dev server).
 * Plain http is accepted only on loopback, where nothing crosses a network; anything else must be
 * https so the session token never travels in clear. Returns null for anything else.
 */
export function appOriginOf(url: string): string | null {
  const parsed = parseUrl(url);
  if (!parsed || parsed.username || parsed.password) return null;
  if (parsed.protocol === "https:") return parsed.origin;
  if (parsed.protocol === "http:" && LOOPBACK_HOSTS.has(parsed.hostname)) return parsed.origin;
  return null;
}
