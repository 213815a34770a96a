import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../search/search-filters.ts";
import type { Route } from "./route.ts";
import { isNewPlace, routeOfView, type View } from "./view-route.ts";

const view: View = {
  section: "inbox",
  place: { rest: [], params: {} },
  conversationId: null,
  customerId: null,
  text: "",
  filters: NO_FILTERS,
};

describe("routeOfView", () => {
  it("names the open conversation, which brings its customer, before the customer", () => {
    expect(routeOfView({ ...view, conversationId: "c", customerId: "k" })).toEqual({
      kind: "inbox",
      open: { kind: "conversation", id: "c" },
    });
    expect(routeOfView({ ...view, customerId: "k" })).toEqual({
      kind: "inbox",
      open: { kind: "customer", id: "k" },
    });
    expect(routeOfView(view)).toEqual({ kind: "inbox", open: null });
  });

  it("keeps the search with what is open beside its results", () => {
    const filters = { ...NO_FILTERS, channels: ["email" as const] };
    expect(routeOfView({ ...view, section: "search", text: "Müller", filters, customerId: "k" })).toEqual({
      kind: "search",
      text: "Müller",
      filters,
      open: { kind: "customer", id: "k" },
    });
  });
});

describe("isNewPlace", () => {
  const search = (text: string, open: string | null): Route => ({
    kind: "search",
    text,
    filters: NO_FILTERS,
    open: open === null ? null : { kind: "conversation", id: open },
  });

  it("makes typing a search one history entry, and opening a hit another", () => {
    expect(isNewPlace(search("Mü", null), search("Müller", null))).toBe(false);
    expect(isNewPlace(search("Müller", null), search("Müller", "c"))).toBe(true);
  });

  it("stops at another conversation, another section, another report", () => {
    const inbox: Route = { kind: "inbox", open: null };
    expect(isNewPlace(inbox, { kind: "inbox", open: { kind: "conversation", id: "c" } })).toBe(true);
    expect(isNewPlace(inbox, search("x", null))).toBe(true);
    expect(isNewPlace(inbox, inbox)).toBe(false);
    const report = (rest: string[], params: Record<string, string>): Route => ({
      kind: "section",
      path: "reports",
      rest,
      params,
    });
    expect(isNewPlace(report(["a"], {}), report(["a"], { from: "2026-01-01" }))).toBe(false);
    expect(isNewPlace(report(["a"], {}), report(["b"], {}))).toBe(true);
  });
});
