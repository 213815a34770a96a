import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { applyMerge } from "./apply-merge.ts";
import { applyUnmerge } from "./apply-unmerge.ts";
import type { CustomerGraph, GraphConversation, GraphEvent } from "./customer-graph.ts";
import type { MergePlan } from "./merge-moved.ts";
import { planMerge } from "./plan-merge.ts";
import { planUnmerge } from "./plan-unmerge.ts";

const MAX_CUSTOMERS = 5;

interface Shape {
  customers: number;
  identityOwners: number[];
  conversations: { owner: number; identityPick: number | null }[];
  productOwners: number[];
  events: { owner: number; conversationPick: number | null }[];
}

const pick = fc.nat({ max: 99 });
const shapeArb: fc.Arbitrary<Shape> = fc.record({
  customers: fc.integer({ min: 3, max: MAX_CUSTOMERS }),
  identityOwners: fc.array(pick, { maxLength: 10 }),
  conversations: fc.array(fc.record({ owner: pick, identityPick: fc.option(pick) }), { maxLength: 8 }),
  productOwners: fc.array(pick, { maxLength: 6 }),
  events: fc.array(fc.record({ owner: pick, conversationPick: fc.option(pick) }), { maxLength: 14 }),
});

/** Builds a graph that keeps the database's invariants: threads and their events share a customer. */
function buildGraph(shape: Shape): CustomerGraph {
  const customerId = (n: number) => `c${n % shape.customers}`;
  const identities = shape.identityOwners.map((owner, i) => ({ id: `i${i}`, customerId: customerId(owner) }));
  const conversations: GraphConversation[] = shape.conversations.map(({ owner, identityPick }, i) => {
    const own = identities.filter((identity) => identity.customerId === customerId(owner));
    const identity = identityPick === null ? undefined : own[identityPick % Math.max(own.length, 1)];
    return { id: `v${i}`, customerId: customerId(owner), identityId: identity?.id ?? null };
  });
  const events: GraphEvent[] = shape.events.map(({ owner, conversationPick }, i) => {
    const conversation =
      conversationPick === null
        ? undefined
        : conversations[conversationPick % Math.max(conversations.length, 1)];
    return conversation === undefined
      ? { id: `e${i}`, customerId: customerId(owner), conversationId: null }
      : { id: `e${i}`, customerId: conversation.customerId, conversationId: conversation.id };
  });
  const byId = <T extends { id: string }>(records: T[]) => Object.fromEntries(records.map((r) => [r.id, r]));
  return {
    customers: byId(Array.from({ length: shape.customers }, (_, n) => ({ id: `c${n}`, mergedInto: null }))),
    identities: byId(identities),
    conversations: byId(conversations),
    products: byId(shape.productOwners.map((owner, i) => ({ id: `p${i}`, customerId: customerId(owner) }))),
    customerEvents: byId(events),
  };
}

/** Three distinct customers of the graph: survivor, first absorbed, second absorbed. */
const caseArb = shapeArb.chain((shape) =>
  fc
    .shuffledSubarray(
      Array.from({ length: shape.customers }, (_, n) => `c${n}`),
      { minLength: 3, maxLength: 3 },
    )
    .map((ids) => ({ graph: buildGraph(shape), ids })),
);

function merge(
  graph: CustomerGraph,
  survivorId: string,
  absorbedId: string,
): { graph: CustomerGraph; record: MergePlan } {
  const result = planMerge(graph, { survivorId, absorbedId });
  if (!result.ok) throw new Error(result.error.detail);
  return { graph: applyMerge(graph, result.plan), record: result.plan };
}

function unmerge(graph: CustomerGraph, record: MergePlan): CustomerGraph {
  const result = planUnmerge(graph, record);
  if (!result.ok) throw new Error(result.error.detail);
  return applyUnmerge(graph, result.plan);
}

function referencesTo(graph: CustomerGraph, customerId: string): string[] {
  const all = [graph.identities, graph.conversations, graph.products, graph.customerEvents].flatMap(
    (records) => Object.values(records),
  );
  return all.filter((record) => record.customerId === customerId).map((record) => record.id);
}

describe("merge and unmerge", () => {
  it("after a merge nothing refers to the absorbed customer", () => {
    fc.assert(
      fc.property(caseArb, ({ graph, ids: [survivor = "", absorbed = ""] }) => {
        expect(referencesTo(merge(graph, survivor, absorbed).graph, absorbed)).toEqual([]);
      }),
    );
  });

  it("unmerge undoes merge exactly", () => {
    fc.assert(
      fc.property(caseArb, ({ graph, ids: [survivor = "", absorbed = ""] }) => {
        const { graph: merged, record } = merge(graph, survivor, absorbed);
        expect(unmerge(merged, record)).toEqual(graph);
      }),
    );
  });

  it("chained merges undo in reverse order", () => {
    fc.assert(
      fc.property(caseArb, ({ graph, ids: [a = "", b = "", c = ""] }) => {
        const first = merge(graph, a, b);
        const second = merge(first.graph, a, c);
        expect(referencesTo(second.graph, b)).toEqual([]);
        expect(referencesTo(second.graph, c)).toEqual([]);
        expect(unmerge(unmerge(second.graph, second.record), first.record)).toEqual(graph);
      }),
    );
  });

  it("a merge whose survivor was absorbed later can be undone after that one", () => {
    fc.assert(
      fc.property(caseArb, ({ graph, ids: [a = "", b = "", c = ""] }) => {
        const first = merge(graph, b, c);
        const second = merge(first.graph, a, b);
        expect(planUnmerge(second.graph, first.record).ok).toBe(false);
        expect(unmerge(unmerge(second.graph, second.record), first.record)).toEqual(graph);
      }),
    );
  });
});
