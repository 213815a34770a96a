import type { Role } from "@emma/core";
import { useQueryClient } from "@tanstack/react-query";
import { useEffect } from "react";
import { useTRPC } from "../api/trpc.ts";
import { useSearchStore } from "../search/search-store.ts";
import { useUiStore } from "../state/ui-store.ts";
import { applyRoute, type RecordReader } from "./apply-route.ts";
import { useNavStore } from "./nav-store.ts";
import { formatRoute, parseRoute } from "./parse-route.ts";
import type { Route } from "./route.ts";
import { isPageSection, SECTIONS } from "./section-registry.ts";
import { isNewPlace, routeOfView, type View } from "./view-route.ts";

// Inbox and search have routes of their own (parse-route.ts); page sections share the generic one.
const PAGE_SECTIONS: readonly string[] = SECTIONS.filter((section) => isPageSection(section.path)).map(
  (section) => section.path,
);

function viewNow(): View {
  const nav = useNavStore.getState();
  const ui = useUiStore.getState();
  const search = useSearchStore.getState();
  return {
    section: nav.section,
    place: nav.place,
    conversationId: ui.conversationId,
    customerId: ui.customerId,
    text: search.text,
    filters: search.filters,
  };
}

function hashNow(): string {
  return window.location.hash.slice(1);
}

/** Signing out leaves no trace of what was open in the address bar. */
export function forgetRoute(): void {
  window.history.replaceState(null, "", window.location.pathname + window.location.search);
}

/**
 * Keeps the URL and the stores in step, both ways. What the agent opens becomes the URL (a new
 * history entry for a new place, the same one while a search is typed); a URL that changes — back,
 * forward, a pasted or deep link — is applied to the stores. Hash routing, because Electron and the
 * API's static serving both load one page; the stores stay the one source of truth for the panes.
 */
export function useRouteSync(role: Role | null): void {
  const trpc = useTRPC();
  const queryClient = useQueryClient();

  useEffect(() => {
    if (role === null) return;
    const read: RecordReader = {
      conversationCustomer: async (conversationId) =>
        (await queryClient.query(trpc.conversations.get.queryOptions({ conversationId }))).conversation
          .customerId,
      customer: async (customerId) =>
        (await queryClient.query(trpc.customers.get.queryOptions({ customerId }))).id,
    };
    let shown: Route | null = null;
    // While a URL is being applied the stores change in steps; only the end result is written back.
    let applying = 0;
    let latest = 0;

    const write = (mode: "follow" | "replace") => {
      const route = routeOfView(viewNow());
      const hash = formatRoute(route);
      const newPlace = mode === "follow" && shown !== null && isNewPlace(shown, route);
      shown = route;
      if (hashNow() === hash) return;
      if (newPlace) {
        window.history.pushState(null, "", `#${hash}`);
        useNavStore.getState().setLinkProblem(null);
      } else window.history.replaceState(null, "", `#${hash}`);
    };

    const apply = () => {
      const hash = hashNow();
      if (shown !== null && formatRoute(shown) === hash) return;
      const run = ++latest;
      applying += 1;
      void applyRoute(parseRoute(hash, PAGE_SECTIONS), role, read).then((problem) => {
        applying -= 1;
        // A newer URL came while this one was being read: it wins.
        if (run !== latest) return;
        useNavStore.getState().setLinkProblem(problem);
        write("replace");
      });
    };

    const follow = () => {
      if (applying === 0) write("follow");
    };
    const unsubscribe = [useNavStore, useUiStore, useSearchStore].map((store) => store.subscribe(follow));
    window.addEventListener("popstate", apply);
    window.addEventListener("hashchange", apply);
    if (hashNow() === "") write("replace");
    else apply();
    return () => {
      unsubscribe.forEach((stop) => stop());
      window.removeEventListener("popstate", apply);
      window.removeEventListener("hashchange", apply);
    };
  }, [role, trpc, queryClient]);
}
