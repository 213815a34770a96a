import { parseUrl } from "../security/parse-url.ts";

/** The scheme the desktop app registers with the OS: `emma://conversations/<id>`. */
export const DEEP_LINK_SCHEME = "emma";

// Ids, section names and route words; anything else in a path is not a link the console made.
const SEGMENT = /^[A-Za-z0-9_-]{1,100}$/;
const MAX_LENGTH = 2000;

function routeOf(segments: string[], search: string): string | null {
  if (!segments.every((segment) => SEGMENT.test(segment))) return null;
  // Parameters are passed on re-encoded: the renderer parses and checks each one (parse-route.ts).
  const query = new URLSearchParams(search).toString();
  const path = `/${segments.join("/")}`;
  return query ? `${path}?${query}` : path;
}

/**
 * The console route (the hash, without `#`) a link opened from outside names, or null when it
 * names none. `emma://conversations/<id>?…` is `/conversations/<id>?…`; the console's own http(s)
 * address (the API's origin) carries the route in its hash. Other origins are refused, so a link
 * cannot steer the window anywhere but its own console.
 */
export function deepLinkRoute(link: string, appOrigin: string): string | null {
  if (link.length > MAX_LENGTH) return null;
  const url = parseUrl(link);
  if (!url || url.username || url.password) return null;
  if (url.protocol === `${DEEP_LINK_SCHEME}:`) {
    // emma://conversations/x puts "conversations" in the host; emma:///conversations/x does not.
    const segments = [url.hostname, ...url.pathname.split("/")].filter(Boolean);
    return routeOf(segments, url.search);
  }
  if ((url.protocol === "http:" || url.protocol === "https:") && url.origin === appOrigin) {
    const hash = url.hash.slice(1);
    const queryAt = hash.indexOf("?");
    const path = queryAt < 0 ? hash : hash.slice(0, queryAt);
    return routeOf(path.split("/").filter(Boolean), queryAt < 0 ? "" : hash.slice(queryAt));
  }
  return null;
}

/** The deep link among a started app's arguments (Windows and Linux pass it on the command line). */
export function deepLinkInArgs(args: readonly string[]): string | null {
  return args.find((arg) => arg.toLowerCase().startsWith(`${DEEP_LINK_SCHEME}://`)) ?? null;
}

/** The window's address with the route as its hash: only the hash changes, so the page stays. */
export function withRoute(pageUrl: string, route: string): string | null {
  const url = parseUrl(pageUrl);
  if (!url) return null;
  url.hash = route;
  return url.toString();
}
