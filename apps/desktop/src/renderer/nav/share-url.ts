import { formatRoute } from "./parse-route.ts";
import type { Route } from "./route.ts";

/**
 * The address a colleague can open: this console's page with the route as its hash. The console is
 * served over http(s) by the API, so the link works in a browser; the desktop app maps it too.
 */
export function shareableUrl(page: { origin: string; pathname: string }, route: Route): string {
  return `${page.origin}${page.pathname}#${formatRoute(route)}`;
}
