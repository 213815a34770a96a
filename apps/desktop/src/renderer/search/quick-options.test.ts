import type { SearchCustomerHit, SearchItemHit } from "@emma/core";
import { describe, expect, it } from "vitest";
import { QUICK_CUSTOMERS, quickOptionsOf } from "./quick-options.ts";

function customer(n: number): SearchCustomerHit {
  return {
    customerId: `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    displayName: `Kunde ${n}`,
    matchedOn: "name",
    matched: [{ text: `Kunde ${n}`, match: true }],
    identityKind: null,
  };
}

const ITEM: SearchItemHit = {
  eventId: "10000000-0000-4000-8000-000000000001",
  customerId: null,
  customerName: null,
  conversationId: null,
  conversationStatus: null,
  assigneeName: null,
  teamName: null,
  channel: "phone",
  kind: "call",
  direction: "inbound",
  occurredAt: "2025-01-01T10:00:00.000Z",
  authorName: null,
  subject: null,
  snippet: [{ text: "Karte", match: true }],
};

describe("quick search options", () => {
  it("lists a few customers, then items, then all results", () => {
    const page = { customers: [1, 2, 3, 4, 5, 6, 7].map(customer), items: [ITEM], nextCursor: null };
    const options = quickOptionsOf(page, "Kunde");
    expect(options.map((o) => o.type)).toEqual([
      ...Array<string>(QUICK_CUSTOMERS).fill("customer"),
      "item",
      "all",
    ]);
  });

  it("offers all results while results are still loading, but not for a single character", () => {
    expect(quickOptionsOf(undefined, "Mu").map((o) => o.type)).toEqual(["all"]);
    expect(quickOptionsOf(undefined, "M")).toEqual([]);
  });
});
