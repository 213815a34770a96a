import { describe, expect, it } from "vitest";
import type { CustomerGraph, GraphRow } from "./customer-graph.ts";
import { mergeGraph } from "./merge-graph.ts";
import { mergeMovedSchema } from "./merge-moved.ts";
import { rootOf } from "./root-of.ts";
import { subtreeOf } from "./subtree-of.ts";
import { unmergeGraph } from "./unmerge-graph.ts";

const row = (id: string, table: GraphRow["table"], owner: string): GraphRow => ({
  id,
  table,
  customerId: owner,
  originCustomerId: owner,
});

/** Anna (c-a), her duplicate (c-b), and Fritz (c-f), who replied in Anna's forum thread. */
function forumGraph(): CustomerGraph {
  const rows = [
    row("i-mail", "identities", "c-a"),
    row("v-forum", "conversations", "c-a"),
    row("e-post", "timeline_events", "c-a"),
    row("e-reply", "timeline_events", "c-f"),
    row("i-phone", "identities", "c-b"),
    row("p-giro", "customer_products", "c-b"),
    row("e-call", "timeline_events", "c-b"),
  ];
  return {
    customers: {
      "c-a": { id: "c-a", mergedInto: null },
      "c-b": { id: "c-b", mergedInto: null },
      "c-f": { id: "c-f", mergedInto: null },
    },
    rows: Object.fromEntries(rows.map((r) => [r.id, r])),
  };
}

function merged(graph: CustomerGraph, survivorId: string, absorbedId: string): CustomerGraph {
  const result = mergeGraph(graph, survivorId, absorbedId);
  if (!result.ok) throw new Error(result.refusal.message);
  return result.graph;
}

function unmerged(graph: CustomerGraph, survivorId: string, absorbedId: string): CustomerGraph {
  const result = unmergeGraph(graph, survivorId, absorbedId);
  if (!result.ok) throw new Error(result.refusal.message);
  return result.graph;
}

const owners = (graph: CustomerGraph) =>
  Object.fromEntries(Object.values(graph.rows).map((r) => [r.id, r.customerId]));

describe("mergeGraph", () => {
  it("moves only the absorbed customer's rows, not other people's replies in a thread", () => {
    const graph = merged(forumGraph(), "c-a", "c-b");
    expect(graph.customers["c-b"]).toEqual({ id: "c-b", mergedInto: "c-a" });
    expect(owners(graph)).toEqual({
      "i-mail": "c-a",
      "v-forum": "c-a",
      "e-post": "c-a",
      "e-reply": "c-f",
      "i-phone": "c-a",
      "p-giro": "c-a",
      "e-call": "c-a",
    });
  });

  it("leaves the given graph untouched", () => {
    const graph = forumGraph();
    merged(graph, "c-a", "c-b");
    expect(graph).toEqual(forumGraph());
  });

  it("refuses as checkMerge does", () => {
    const graph = merged(forumGraph(), "c-a", "c-b");
    expect(mergeGraph(graph, "c-a", "c-a")).toMatchObject({ ok: false, refusal: { code: "same-customer" } });
    expect(mergeGraph(graph, "c-a", "c-x")).toMatchObject({
      ok: false,
      refusal: { code: "unknown-customer" },
    });
    expect(mergeGraph(graph, "c-f", "c-b")).toMatchObject({ ok: false, refusal: { code: "already-merged" } });
    expect(mergeGraph(graph, "c-b", "c-f")).toMatchObject({ ok: false, refusal: { code: "already-merged" } });
  });
});

describe("unmergeGraph", () => {
  it("restores the graph exactly", () => {
    expect(unmerged(merged(forumGraph(), "c-a", "c-b"), "c-a", "c-b")).toEqual(forumGraph());
  });

  it("gives back the rows of customers merged into the absorbed one before, which stay merged into it", () => {
    const chained = merged(merged(forumGraph(), "c-b", "c-f"), "c-a", "c-b");
    expect(subtreeOf(chained, "c-b")).toEqual(["c-b", "c-f"]);
    const graph = unmerged(chained, "c-a", "c-b");
    expect(graph.customers["c-f"]).toEqual({ id: "c-f", mergedInto: "c-b" });
    expect(graph.rows["e-reply"]?.customerId).toBe("c-b");
    expect(graph.rows["e-call"]?.customerId).toBe("c-b");
    expect(graph.rows["e-post"]?.customerId).toBe("c-a");
  });

  it("gives back a message that came in after the merge through the absorbed customer's phone", () => {
    const graph = merged(forumGraph(), "c-a", "c-b");
    const later = row("e-sms", "timeline_events", "c-b");
    const withSms = {
      ...graph,
      rows: { ...graph.rows, [later.id]: { ...later, customerId: rootOf(graph, "c-b") } },
    };
    expect(withSms.rows["e-sms"]?.customerId).toBe("c-a");
    expect(unmerged(withSms, "c-a", "c-b").rows["e-sms"]?.customerId).toBe("c-b");
  });

  it("refuses to undo twice", () => {
    const graph = unmerged(merged(forumGraph(), "c-a", "c-b"), "c-a", "c-b");
    expect(unmergeGraph(graph, "c-a", "c-b")).toMatchObject({
      ok: false,
      refusal: { code: "already-undone" },
    });
  });

  it("asks to undo the later merge of the survivor first", () => {
    const graph = merged(merged(forumGraph(), "c-b", "c-f"), "c-a", "c-b");
    expect(unmergeGraph(graph, "c-b", "c-f")).toMatchObject({
      ok: false,
      refusal: { code: "survivor-merged-away" },
    });
    expect(unmerged(unmerged(graph, "c-a", "c-b"), "c-b", "c-f")).toEqual(forumGraph());
  });
});

describe("mergeMovedSchema", () => {
  it("reads what the API stores in merges.moved", () => {
    const moved = {
      counts: { identities: 1, customer_products: 1, conversations: 0, timeline_events: 1 },
      absorbedName: "Anna M.",
      survivorTagsBefore: ["vip"],
    };
    expect(mergeMovedSchema.parse(JSON.parse(JSON.stringify(moved)))).toEqual(moved);
    expect(mergeMovedSchema.safeParse({ ...moved, counts: { identities: 1 } }).success).toBe(false);
  });
});
