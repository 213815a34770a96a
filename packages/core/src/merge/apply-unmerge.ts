import type { CustomerGraph } from "./customer-graph.ts";
import type { UnmergePlan } from "./merge-moved.ts";
import { moveRecords, setMergedInto } from "./move-records.ts";

/** Carries out a plan from planUnmerge: the absorbed customer is active again with what was its own. */
export function applyUnmerge(graph: CustomerGraph, plan: UnmergePlan): CustomerGraph {
  return setMergedInto(moveRecords(graph, plan.moved, plan.absorbedId), plan.absorbedId, null);
}
