import type { SearchFilterForm } from "../search/search-filters.ts";
import type { OpenRecord, Route } from "./route.ts";
import type { SectionPath } from "./section-registry.ts";

/** What the stores hold that a URL says: the section, what is open, the search. */
export interface View {
  section: SectionPath;
  /** A page section's own path beyond its name, and its parameters. */
  place: { rest: readonly string[]; params: Readonly<Record<string, string>> };
  conversationId: string | null;
  customerId: string | null;
  text: string;
  filters: SearchFilterForm;
}

function openOf(view: View): OpenRecord {
  if (view.conversationId !== null) return { kind: "conversation", id: view.conversationId };
  if (view.customerId !== null) return { kind: "customer", id: view.customerId };
  return null;
}

/** The route that shows this view; the conversation's customer comes with the conversation. */
export function routeOfView(view: View): Route {
  // Widened: sections registered later are neither inbox nor search and keep their own place.
  const section: string = view.section;
  if (section === "inbox") return { kind: "inbox", open: openOf(view) };
  if (section === "search")
    return { kind: "search", text: view.text, filters: view.filters, open: openOf(view) };
  return { kind: "section", path: section, rest: view.place.rest, params: view.place.params };
}

function sameOpen(a: OpenRecord, b: OpenRecord): boolean {
  return a?.kind === b?.kind && a?.id === b?.id;
}

/**
 * Whether going from one route to the other is a step back and forward should stop at. Typing a
 * search or narrowing its filters is not (every keystroke would be one); another section, another
 * conversation or customer, another page of a section is.
 */
export function isNewPlace(from: Route, to: Route): boolean {
  if (from.kind === "inbox" && to.kind === "inbox") return !sameOpen(from.open, to.open);
  if (from.kind === "search" && to.kind === "search") return !sameOpen(from.open, to.open);
  if (from.kind === "section" && to.kind === "section")
    return from.path !== to.path || from.rest.join("/") !== to.rest.join("/");
  return true;
}
