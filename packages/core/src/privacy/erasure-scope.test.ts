import { describe, expect, it } from "vitest";
import { erasureScope, redactMergeEvidence, redactMergeMoved } from "./erasure-scope.ts";

describe("erasureScope", () => {
  it("erases the whole person: the root of the merge chain and every record merged into it", () => {
    const links = [
      { id: "anna", mergedInto: null },
      { id: "anna-mail", mergedInto: "anna" },
      { id: "anna-old-phone", mergedInto: "anna-mail" },
      { id: "bert", mergedInto: null },
    ];
    expect(erasureScope("anna-old-phone", links)).toEqual({
      rootId: "anna",
      ids: ["anna", "anna-mail", "anna-old-phone"],
    });
  });

  it("leaves a record whose merge was undone: it is someone else's and lives on as its own", () => {
    // "split" was merged into anna and split off again: merged_into is null once more.
    const links = [
      { id: "anna", mergedInto: null },
      { id: "split", mergedInto: null },
      { id: "under-split", mergedInto: "split" },
    ];
    expect(erasureScope("anna", links).ids).toEqual(["anna"]);
  });
});

describe("merge records of an erased person", () => {
  it("keep kinds, ids and counts but drop the identifiers and the erased side's name and tags", () => {
    const evidence = redactMergeEvidence([
      {
        code: "shared-event",
        identities: [{ kind: "email", value: "anna@example.de" }],
        customerIds: ["a", "b"],
      },
    ]);
    expect(JSON.stringify(evidence)).not.toContain("anna@example.de");
    expect(evidence).toEqual([{ code: "shared-event", customerIds: ["a", "b"] }]);

    const counts = { identities: 2, conversations: 1, customer_products: 0, timeline_events: 5 };
    const moved = { counts, absorbedName: "Anna S.", survivorTagsBefore: ["vip"] };
    expect(redactMergeMoved(moved, { survivor: true, absorbed: true })).toEqual({
      counts,
      absorbedName: "",
      survivorTagsBefore: [],
    });
    // The other side of an undone merge is another person: their name stays.
    expect(redactMergeMoved(moved, { survivor: true, absorbed: false }).absorbedName).toBe("Anna S.");
  });
});
