/**
 * The slice of the database a merge touches, as plain records keyed by id.
 * Invariants the merge rules rely on (the database keeps them):
 * - an event with a conversation belongs to that conversation's customer;
 * - a conversation's identity, when set, belongs to the conversation's customer when the thread opens.
 */
export interface GraphCustomer {
  id: string;
  /** Set when merged away; the customer is kept so the merge can be undone. */
  mergedInto: string | null;
}

export interface GraphIdentity {
  id: string;
  customerId: string;
}

export interface GraphConversation {
  id: string;
  customerId: string;
  /** The identity the thread is with; decides where a thread opened after a merge goes on unmerge. */
  identityId: string | null;
}

export interface GraphProduct {
  id: string;
  customerId: string;
}

export interface GraphEvent {
  id: string;
  customerId: string;
  /** Null for items on the customer itself, such as notes: those move by id. */
  conversationId: string | null;
}

export interface CustomerGraph {
  customers: Readonly<Record<string, GraphCustomer>>;
  identities: Readonly<Record<string, GraphIdentity>>;
  conversations: Readonly<Record<string, GraphConversation>>;
  products: Readonly<Record<string, GraphProduct>>;
  customerEvents: Readonly<Record<string, GraphEvent>>;
}
