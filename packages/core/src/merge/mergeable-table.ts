import { z } from "zod";

/** Every table whose rows belong to a customer and carry an immutable origin customer. */
export const MERGEABLE_TABLES = [
  "identities",
  "customer_products",
  "conversations",
  "timeline_events",
] as const;
export const mergeableTableSchema = z
  .enum(MERGEABLE_TABLES)
  .describe("A table whose rows have customer_id (current owner) and origin_customer_id (first owner)");
export type MergeableTable = z.infer<typeof mergeableTableSchema>;
