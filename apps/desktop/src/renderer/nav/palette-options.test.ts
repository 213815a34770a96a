import { describe, expect, it } from "vitest";
import type { RecentRecord } from "./nav-store.ts";
import { paletteOptions } from "./palette-options.ts";

const sections = [
  { path: "inbox" as const, title: "Posteingang" },
  { path: "search" as const, title: "Suche" },
];
const recent: RecentRecord[] = [
  { kind: "conversation", id: "c1", label: "Zinsbindung läuft aus · Frank Böhm" },
  { kind: "customer", id: "k1", label: "Michael Müller" },
  { kind: "customer", id: "k2", label: "Frank Böhm" },
];
const kindLabel = (kind: RecentRecord["kind"]) => (kind === "customer" ? "Kunde" : "Konversation");
const ids = (query: string) => paletteOptions(query, sections, recent, kindLabel).map((option) => option.id);

describe("paletteOptions", () => {
  it("lists the sections, then what was opened, newest first, when nothing is typed", () => {
    expect(ids("")).toEqual([
      "section-inbox",
      "section-search",
      "conversation-c1",
      "customer-k1",
      "customer-k2",
    ]);
  });

  it("filters as the agent types, ignoring case and accents, best match first", () => {
    expect(ids("such")).toEqual(["section-search"]);
    expect(ids("frank")).toEqual(["customer-k2", "conversation-c1"]);
    expect(ids("bohm")).toEqual(["conversation-c1", "customer-k2"]);
    expect(ids("mueller")).toEqual([]);
    expect(ids("muller")).toEqual(["customer-k1"]);
  });

  it("finds records by their kind", () => {
    expect(ids("kunde")).toEqual(["customer-k1", "customer-k2"]);
  });
});
