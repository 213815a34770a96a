import fc from "fast-check";
import type { CustomerGraph, GraphCustomer, GraphRow } from "./customer-graph.ts";
import { mergeGraph } from "./merge-graph.ts";
import { MERGEABLE_TABLES } from "./mergeable-table.ts";
import { rootOf } from "./root-of.ts";
import { sortedIds } from "./sorted-ids.ts";

// Test data for the merge properties; not exported from the package.

const customerId = (n: number) => `c${n}`;
const byId = <T extends { id: string }>(records: readonly T[]): Record<string, T> =>
  Object.fromEntries(records.map((record) => [record.id, record]));

/** Graphs that keep the invariant, including merges made before: every row sits on its origin's root. */
export const graphArb: fc.Arbitrary<CustomerGraph> = fc.integer({ min: 2, max: 6 }).chain((count) =>
  fc
    .record({
      // Mostly active customers, so that there is something left to merge.
      parents: fc.array(
        fc.oneof({ arbitrary: fc.constant(null), weight: 3 }, { arbitrary: fc.nat(), weight: 1 }),
        { minLength: count, maxLength: count },
      ),
      rows: fc.array(fc.record({ table: fc.constantFrom(...MERGEABLE_TABLES), origin: fc.nat() }), {
        maxLength: 16,
      }),
    })
    .map(({ parents, rows }) => {
      // A customer only ever points at an earlier one, so the chains cannot loop.
      const customers: GraphCustomer[] = parents.map((parent, n) => ({
        id: customerId(n),
        mergedInto: parent === null || n === 0 ? null : customerId(parent % n),
      }));
      const graph: CustomerGraph = { customers: byId(customers), rows: {} };
      const graphRows: GraphRow[] = rows.map(({ table, origin }, i) => {
        const originCustomerId = customerId(origin % count);
        return { id: `r${i}`, table, originCustomerId, customerId: rootOf(graph, originCustomerId) };
      });
      return { ...graph, rows: byId(graphRows) };
    }),
);

/** Picks of survivor and absorbed among the active customers, one pair per merge. */
export const mergeStepsArb = fc.array(fc.tuple(fc.nat(), fc.nat()), { minLength: 1, maxLength: 6 });

/** A merge carried out, with the graph just before it. */
export interface MergeDone {
  survivorId: string;
  absorbedId: string;
  before: CustomerGraph;
}

/** Carries out the picked merges of active customers, in order; stops when fewer than two are active. */
export function runMerges(
  start: CustomerGraph,
  steps: readonly (readonly [number, number])[],
): { graph: CustomerGraph; merges: MergeDone[] } {
  let graph = start;
  const merges: MergeDone[] = [];
  for (const [survivorPick, absorbedPick] of steps) {
    const active = sortedIds(
      Object.values(graph.customers)
        .filter((customer) => customer.mergedInto === null)
        .map((customer) => customer.id),
    );
    const survivorId = active[survivorPick % active.length];
    const others = active.filter((id) => id !== survivorId);
    const absorbedId = others[absorbedPick % Math.max(others.length, 1)];
    if (survivorId === undefined || absorbedId === undefined) break;
    const result = mergeGraph(graph, survivorId, absorbedId);
    if (!result.ok) throw new Error(result.refusal.message);
    merges.push({ survivorId, absorbedId, before: graph });
    graph = result.graph;
  }
  return { graph, merges };
}

/** Customers whose chain does not end in an active customer, and rows not on their origin's root. */
export function invariantBreaks(graph: CustomerGraph): string[] {
  const looping = Object.keys(graph.customers).filter(
    (id) => graph.customers[rootOf(graph, id)]?.mergedInto !== null,
  );
  const misplaced = Object.values(graph.rows)
    .filter((row) => row.customerId !== rootOf(graph, row.originCustomerId))
    .map((row) => row.id);
  return [...looping, ...misplaced];
}

/** The rows a customer owns now, keyed by id. */
export function rowsOf(graph: CustomerGraph, customerId: string): Record<string, GraphRow> {
  return byId(Object.values(graph.rows).filter((row) => row.customerId === customerId));
}
