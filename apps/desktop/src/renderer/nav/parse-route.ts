import { filtersFromParams, isId, paramsOfFilters } from "./route-params.ts";
import type { BadRoute, OpenRecord, Route } from "./route.ts";

const OPEN_PATHS = { conversations: "conversation", customers: "customer" } as const;

function segmentsOf(path: string): string[] | null {
  try {
    return path
      .split("/")
      .filter(Boolean)
      .map((segment) => decodeURIComponent(segment));
  } catch {
    // A broken escape (`%E0%A4%A`) is a mangled link, not a crash.
    return null;
  }
}

function openFromParams(params: URLSearchParams): OpenRecord | BadRoute {
  const conversation = params.get("conversation");
  const customer = params.get("customer");
  if (conversation !== null)
    return isId(conversation) ? { kind: "conversation", id: conversation } : bad("bad-id");
  if (customer !== null) return isId(customer) ? { kind: "customer", id: customer } : bad("bad-id");
  return null;
}

function bad(reason: BadRoute["reason"]): BadRoute {
  return { kind: "bad", reason };
}

/**
 * The route a URL's hash names (`#/conversations/<id>`, `#/search?q=…`; the `#` is optional). An
 * empty hash is the inbox. `sectionPaths` are the registered sections beyond inbox and search.
 */
export function parseRoute(hash: string, sectionPaths: readonly string[]): Route | BadRoute {
  const text = hash.startsWith("#") ? hash.slice(1) : hash;
  const queryAt = text.indexOf("?");
  const params = new URLSearchParams(queryAt < 0 ? "" : text.slice(queryAt + 1));
  const segments = segmentsOf(queryAt < 0 ? text : text.slice(0, queryAt));
  if (segments === null) return bad("unknown-path");
  const [first, ...rest] = segments;
  if (first === undefined) return { kind: "inbox", open: null };
  if (first === "inbox") return rest.length === 0 ? { kind: "inbox", open: null } : bad("unknown-path");
  if (first === "conversations" || first === "customers") {
    const [id, ...more] = rest;
    if (id === undefined || more.length > 0) return bad("unknown-path");
    return isId(id) ? { kind: "inbox", open: { kind: OPEN_PATHS[first], id } } : bad("bad-id");
  }
  if (first === "search") {
    if (rest.length > 0) return bad("unknown-path");
    const open = openFromParams(params);
    if (open?.kind === "bad") return open;
    return { kind: "search", text: params.get("q") ?? "", filters: filtersFromParams(params), open };
  }
  if (!sectionPaths.includes(first)) return bad("unknown-path");
  return { kind: "section", path: first, rest, params: Object.fromEntries(params) };
}

function withQuery(path: string, params: URLSearchParams): string {
  const query = params.toString();
  return query ? `${path}?${query}` : path;
}

/** The URL hash (without `#`) of a route; parseRoute reads it back as the same route. */
export function formatRoute(route: Route): string {
  switch (route.kind) {
    case "inbox":
      if (route.open === null) return "/inbox";
      return `/${route.open.kind}s/${encodeURIComponent(route.open.id)}`;
    case "search": {
      const params = new URLSearchParams();
      params.set("q", route.text);
      paramsOfFilters(route.filters, params);
      if (route.open) params.set(route.open.kind, route.open.id);
      return withQuery("/search", params);
    }
    case "section": {
      const path = [route.path, ...route.rest].map((segment) => encodeURIComponent(segment)).join("/");
      const params = new URLSearchParams(Object.entries(route.params).sort(([a], [b]) => a.localeCompare(b)));
      return withQuery(`/${path}`, params);
    }
    default: {
      const unreachable: never = route;
      return unreachable;
    }
  }
}
