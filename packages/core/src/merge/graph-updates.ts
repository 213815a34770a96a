import type { CustomerGraph, GraphRow } from "./customer-graph.ts";

/** Gives the matching rows to `customerId`; returns a new graph so callers can compare before and after. */
export function moveRows(
  graph: CustomerGraph,
  customerId: string,
  moves: (row: GraphRow) => boolean,
): CustomerGraph {
  const rows: Record<string, GraphRow> = {};
  for (const [id, row] of Object.entries(graph.rows)) rows[id] = moves(row) ? { ...row, customerId } : row;
  return { ...graph, rows };
}

export function withMergedInto(
  graph: CustomerGraph,
  customerId: string,
  mergedInto: string | null,
): CustomerGraph {
  const customer = graph.customers[customerId];
  if (customer === undefined) return graph;
  return { ...graph, customers: { ...graph.customers, [customerId]: { ...customer, mergedInto } } };
}
