import { parseUrl } from "./parse-url.ts";

/**
 * The window only ever shows the console: navigation within the app's own origin is fine (a
 * reload, a client-side route); every other target is refused and never opened inside the app.
 */
export function isAllowedNavigation(url: string, appOrigin: string): boolean {
  const parsed = parseUrl(url);
  return (
    parsed !== null &&
    (parsed.protocol === "http:" || parsed.protocol === "https:") &&
    parsed.origin === appOrigin
  );
}
