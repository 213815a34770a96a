import { describe, expect, it } from "vitest";
import { NO_FILTERS } from "../search/search-filters.ts";
import { formatRoute, parseRoute } from "./parse-route.ts";
import type { Route } from "./route.ts";

const CONVERSATION = "6f1c1b9e-2d7a-4c55-9a51-0d7a3b1e2f10";
const CUSTOMER = "0b8f7c1a-5e3d-4f2a-8c9b-1a2b3c4d5e6f";
const TEAM = "9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d";
const PAGES = ["reports"];

describe("parseRoute and formatRoute", () => {
  const routes: [string, Route][] = [
    ["/inbox", { kind: "inbox", open: null }],
    [`/conversations/${CONVERSATION}`, { kind: "inbox", open: { kind: "conversation", id: CONVERSATION } }],
    [`/customers/${CUSTOMER}`, { kind: "inbox", open: { kind: "customer", id: CUSTOMER } }],
    ["/search?q=M%C3%BCller", { kind: "search", text: "Müller", filters: NO_FILTERS, open: null }],
    [
      `/search?q=Zins+bindung&channels=email%2Cphone&direction=inbound&from=2026-01-01&to=2026-01-31&statuses=open%2Cresolved&team=${TEAM}&assignee=none&conversation=${CONVERSATION}`,
      {
        kind: "search",
        text: "Zins bindung",
        filters: {
          channels: ["email", "phone"],
          direction: "inbound",
          fromDate: "2026-01-01",
          toDate: "2026-01-31",
          statuses: ["open", "resolved"],
          teamId: TEAM,
          assigneeId: null,
        },
        open: { kind: "conversation", id: CONVERSATION },
      },
    ],
    [
      "/reports/repeat-contacts?from=2026-01-01&team=a",
      {
        kind: "section",
        path: "reports",
        rest: ["repeat-contacts"],
        params: { from: "2026-01-01", team: "a" },
      },
    ],
  ];

  for (const [hash, route] of routes) {
    it(`reads ${hash} and writes it back the same`, () => {
      expect(parseRoute(`#${hash}`, PAGES)).toEqual(route);
      expect(formatRoute(route)).toBe(hash);
    });
  }

  it("opens the inbox for an empty hash, with or without #", () => {
    expect(parseRoute("", PAGES)).toEqual({ kind: "inbox", open: null });
    expect(parseRoute("#/", PAGES)).toEqual({ kind: "inbox", open: null });
    expect(parseRoute(`/conversations/${CONVERSATION}`, PAGES)).toEqual(
      parseRoute(`#/conversations/${CONVERSATION}`, PAGES),
    );
  });

  it("writes one URL for one search, however its link listed the values", () => {
    const route = parseRoute("#/search?statuses=resolved,open&channels=phone,email&q=x", PAGES);
    expect(route.kind === "search" && formatRoute(route)).toBe(
      "/search?q=x&channels=email%2Cphone&statuses=open%2Cresolved",
    );
  });

  it("drops filter values it does not know instead of refusing the link", () => {
    expect(
      parseRoute(
        "#/search?q=x&channels=email,fax&direction=sideways&from=yesterday&team=7&assignee=me",
        PAGES,
      ),
    ).toEqual({ kind: "search", text: "x", filters: { ...NO_FILTERS, channels: ["email"] }, open: null });
  });

  it("says why a link leads nowhere", () => {
    expect(parseRoute("#/conversations/42", PAGES)).toEqual({ kind: "bad", reason: "bad-id" });
    expect(parseRoute(`#/search?q=x&customer=${CUSTOMER.slice(1)}`, PAGES)).toEqual({
      kind: "bad",
      reason: "bad-id",
    });
    expect(parseRoute("#/conversations", PAGES)).toEqual({ kind: "bad", reason: "unknown-path" });
    expect(parseRoute(`#/conversations/${CONVERSATION}/more`, PAGES)).toEqual({
      kind: "bad",
      reason: "unknown-path",
    });
    expect(parseRoute("#/inbox/old", PAGES)).toEqual({ kind: "bad", reason: "unknown-path" });
    // A section only counts once it is registered.
    expect(parseRoute("#/audit", PAGES)).toEqual({ kind: "bad", reason: "unknown-path" });
    expect(parseRoute("#/customers/%E0%A4%A", PAGES)).toEqual({ kind: "bad", reason: "unknown-path" });
  });
});
