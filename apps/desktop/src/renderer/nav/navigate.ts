import { formatRoute } from "./parse-route.ts";
import type { Route } from "./route.ts";

/**
 * Opens a route as a link would: a new history entry, applied to the stores by useRouteSync (which
 * reads a conversation first to learn its customer).
 */
export function navigateTo(route: Route): void {
  window.location.hash = formatRoute(route);
}
