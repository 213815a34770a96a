import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { CustomerGraph, GraphRow } from "./customer-graph.ts";
import {
  graphArb,
  invariantBreaks,
  mergeStepsArb,
  rowsOf,
  runMerges,
  type MergeDone,
} from "./graph-arbitrary.ts";
import { MERGEABLE_TABLES } from "./mergeable-table.ts";
import { rootOf } from "./root-of.ts";
import { subtreeOf } from "./subtree-of.ts";
import { unmergeGraph } from "./unmerge-graph.ts";

// More runs than the default: the interesting cases need chains of several merges.
const runs = { numRuns: 300 };

function undo(graph: CustomerGraph, merge: MergeDone): CustomerGraph {
  const result = unmergeGraph(graph, merge.survivorId, merge.absorbedId);
  if (!result.ok) throw new Error(result.refusal.message);
  return result.graph;
}

describe("merge and unmerge by origin", () => {
  it("undoing merges in reverse order gives back each earlier graph exactly", () => {
    fc.assert(
      fc.property(graphArb, mergeStepsArb, (start, steps) => {
        const { graph, merges } = runMerges(start, steps);
        let current = graph;
        for (const merge of [...merges].reverse()) {
          current = undo(current, merge);
          expect(current).toEqual(merge.before);
        }
        expect(current).toEqual(start);
      }),
      runs,
    );
  });

  it("keeps every row on the root of its origin after each merge", () => {
    fc.assert(
      fc.property(graphArb, mergeStepsArb, (start, steps) => {
        const { graph, merges } = runMerges(start, steps);
        for (const { before } of merges) expect(invariantBreaks(before)).toEqual([]);
        expect(invariantBreaks(graph)).toEqual([]);
      }),
      runs,
    );
  });

  it("undoing any merge the refusals allow, in any order, gives back exactly that absorbed subtree", () => {
    fc.assert(
      fc.property(
        graphArb,
        mergeStepsArb,
        fc.array(fc.nat(), { minLength: 6, maxLength: 6 }),
        (start, steps, picks) => {
          const { graph: merged, merges } = runMerges(start, steps);
          let graph = merged;
          let open = merges;
          for (const pick of picks.slice(0, merges.length)) {
            const allowed = open.filter((m) => unmergeGraph(graph, m.survivorId, m.absorbedId).ok);
            // The latest merge still in effect can always be undone, so undoing never gets stuck.
            expect(allowed).toContain(open.at(-1));
            const chosen = allowed[pick % allowed.length];
            if (chosen === undefined) throw new Error("nothing to undo");
            for (const refused of open.filter((m) => !allowed.includes(m))) {
              expect(unmergeGraph(graph, refused.survivorId, refused.absorbedId)).toMatchObject({
                ok: false,
                refusal: { code: "survivor-merged-away" },
              });
            }
            const after = undo(graph, chosen);
            expect(rowsOf(after, chosen.absorbedId)).toEqual(rowsOf(chosen.before, chosen.absorbedId));
            const subtree = new Set(subtreeOf(after, chosen.absorbedId));
            for (const row of Object.values(graph.rows)) {
              if (!subtree.has(row.originCustomerId)) expect(after.rows[row.id]).toEqual(row);
            }
            expect(after.customers).toEqual({
              ...graph.customers,
              [chosen.absorbedId]: { id: chosen.absorbedId, mergedInto: null },
            });
            expect(invariantBreaks(after)).toEqual([]);
            expect(unmergeGraph(after, chosen.survivorId, chosen.absorbedId)).toMatchObject({
              ok: false,
              refusal: { code: "already-undone" },
            });
            graph = after;
            open = open.filter((m) => m !== chosen);
          }
          expect(graph).toEqual(start);
        },
      ),
      runs,
    );
  });

  it("gives back a row that arrived after the merge through the absorbed customer's identities", () => {
    fc.assert(
      fc.property(
        graphArb,
        mergeStepsArb,
        fc.nat(),
        fc.nat(),
        fc.constantFrom(...MERGEABLE_TABLES),
        (start, steps, mergePick, originPick, table) => {
          const { graph, merges } = runMerges(start, steps);
          const merge = merges[mergePick % Math.max(merges.length, 1)];
          fc.pre(merge !== undefined);
          // A new message takes the origin of the identity it came through: the absorbed customer or
          // one merged into it before, and it lands on whoever that origin belongs to now.
          const origins = subtreeOf(graph, merge.absorbedId);
          const origin = origins[originPick % origins.length] ?? merge.absorbedId;
          const row: GraphRow = {
            id: "r-new",
            table,
            originCustomerId: origin,
            customerId: rootOf(graph, origin),
          };
          let current: CustomerGraph = { ...graph, rows: { ...graph.rows, [row.id]: row } };
          for (const done of [...merges].reverse()) {
            current = undo(current, done);
            if (done === merge) expect(current.rows[row.id]?.customerId).toBe(merge.absorbedId);
          }
          expect(current).toEqual({
            ...start,
            rows: { ...start.rows, [row.id]: { ...row, customerId: rootOf(start, origin) } },
          });
        },
      ),
      runs,
    );
  });
});
