import type { CustomerGraph } from "./customer-graph.ts";
import type { MergePlan } from "./merge-moved.ts";
import { moveRecords, setMergedInto } from "./move-records.ts";

/** Carries out a plan from planMerge; returns a new graph and leaves the given one untouched. */
export function applyMerge(graph: CustomerGraph, plan: MergePlan): CustomerGraph {
  return setMergedInto(moveRecords(graph, plan.moved, plan.survivorId), plan.absorbedId, plan.survivorId);
}
