import type { MergeableTable } from "./mergeable-table.ts";

export interface GraphCustomer {
  id: string;
  /** Set when merged away; the customer is kept so the merge can be undone. */
  mergedInto: string | null;
}

/**
 * One customer-owned row of any mergeable table. Rows are independent of each other: an event in a
 * forum thread may belong to another customer than the thread, so nothing follows anything else.
 */
export interface GraphRow {
  id: string;
  table: MergeableTable;
  /** The current owner: always the root of the origin's mergedInto chain. */
  customerId: string;
  /** The customer the row was first attributed to; never changes, which is what makes unmerge exact. */
  originCustomerId: string;
}

/** The slice of the database that merges touch, keyed by id, as plain data so the rules stay pure. */
export interface CustomerGraph {
  customers: Readonly<Record<string, GraphCustomer>>;
  rows: Readonly<Record<string, GraphRow>>;
}
