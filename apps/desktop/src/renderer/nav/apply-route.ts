import { can, type Role } from "@emma/core";
import { useSearchStore } from "../search/search-store.ts";
import { useUiStore } from "../state/ui-store.ts";
import { useNavStore, type LinkProblem } from "./nav-store.ts";
import type { BadRoute, OpenRecord, Route } from "./route.ts";
import { sectionByPath, type SectionPath } from "./section-registry.ts";

/** Reads a record the way its pane will (same query, so the pane finds it in the cache). */
export interface RecordReader {
  conversationCustomer: (conversationId: string) => Promise<string | null>;
  /** The customer's live id: a merged-away id answers with the customer it went into. */
  customer: (customerId: string) => Promise<string>;
}

type Opener = () => void;

/** What opens the record, once it is known to exist and be readable; null when it is not. */
async function openerOf(open: OpenRecord, read: RecordReader): Promise<Opener | LinkProblem> {
  const ui = useUiStore.getState();
  if (open === null) return () => ui.showNothing();
  if (open.kind === "conversation") {
    if (ui.conversationId === open.id) return () => undefined;
    try {
      const customerId = await read.conversationCustomer(open.id);
      return () => useUiStore.getState().openConversation(open.id, customerId);
    } catch {
      return "conversation";
    }
  }
  if (ui.customerId === open.id && ui.conversationId === null) return () => undefined;
  try {
    const live = await read.customer(open.id);
    return () => {
      useUiStore.getState().showNothing();
      useUiStore.getState().openCustomer(live);
    };
  } catch {
    return "customer";
  }
}

function mayOpen(role: Role, path: string): path is SectionPath {
  const section = sectionByPath(path);
  return section !== undefined && can(role, section.permission);
}

/**
 * Makes the stores show a route, or says why they cannot (and leaves them as they were). A
 * conversation or customer is read first, so a link to one that does not exist, or that this role
 * may not see, never opens an empty pane.
 */
export async function applyRoute(
  route: Route | BadRoute,
  role: Role,
  read: RecordReader,
): Promise<LinkProblem | null> {
  if (route.kind === "bad") return route.reason;
  const path = route.kind === "section" ? route.path : route.kind;
  if (!mayOpen(role, path)) return "section";
  if (route.kind === "section") {
    useNavStore.getState().goTo(path, { rest: route.rest, params: route.params });
    return null;
  }
  const opener = await openerOf(route.open, read);
  if (typeof opener === "string") return opener;
  if (route.kind === "search") {
    const search = useSearchStore.getState();
    search.setText(route.text);
    search.resetFilters();
    search.setFilters(route.filters);
  }
  useNavStore.getState().goTo(path);
  opener();
  return null;
}
