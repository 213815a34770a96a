import type { SearchItemHit } from "@emma/core";
import { describe, expect, it } from "vitest";
import { resultHitsOf } from "./result-hits.ts";

function item(n: number): SearchItemHit {
  return {
    eventId: `10000000-0000-4000-8000-${String(n).padStart(12, "0")}`,
    customerId: null,
    customerName: null,
    conversationId: null,
    conversationStatus: null,
    assigneeName: null,
    teamName: null,
    channel: "email",
    kind: "message",
    direction: "inbound",
    occurredAt: "2025-01-01T10:00:00.000Z",
    authorName: null,
    subject: null,
    snippet: [{ text: `Treffer ${n}`, match: false }],
  };
}

describe("result hits", () => {
  it("walks customers first, then items page after page, each item once", () => {
    const customer = {
      customerId: "00000000-0000-4000-8000-000000000001",
      displayName: "Michael Müller",
      matchedOn: "name" as const,
      matched: [
        { text: "Michael ", match: false },
        { text: "Müller", match: true },
      ],
      identityKind: null,
    };
    const hits = resultHitsOf([
      { customers: [customer], items: [item(1), item(2)], nextCursor: "next" },
      { customers: [], items: [item(2), item(3)], nextCursor: null },
    ]);
    expect(hits.map((hit) => hit.id)).toEqual([
      "c-00000000-0000-4000-8000-000000000001",
      "i-10000000-0000-4000-8000-000000000001",
      "i-10000000-0000-4000-8000-000000000002",
      "i-10000000-0000-4000-8000-000000000003",
    ]);
  });

  it("has nothing before the first page arrives", () => {
    expect(resultHitsOf([])).toEqual([]);
  });
});
