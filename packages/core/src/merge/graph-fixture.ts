import type { CustomerGraph } from "./customer-graph.ts";

/** A small graph for tests: Anna (c-a) and her duplicate (c-b), written by two channels. */
export function twoCustomerGraph(): CustomerGraph {
  return {
    customers: {
      "c-a": { id: "c-a", mergedInto: null },
      "c-b": { id: "c-b", mergedInto: null },
    },
    identities: {
      "i-mail": { id: "i-mail", customerId: "c-a" },
      "i-phone": { id: "i-phone", customerId: "c-b" },
      "i-fb": { id: "i-fb", customerId: "c-b" },
    },
    conversations: {
      "v-mail": { id: "v-mail", customerId: "c-a", identityId: "i-mail" },
      "v-call": { id: "v-call", customerId: "c-b", identityId: "i-phone" },
    },
    products: {
      "p-giro": { id: "p-giro", customerId: "c-b" },
    },
    customerEvents: {
      "e-mail": { id: "e-mail", customerId: "c-a", conversationId: "v-mail" },
      "e-call": { id: "e-call", customerId: "c-b", conversationId: "v-call" },
      "e-note": { id: "e-note", customerId: "c-b", conversationId: null },
    },
  };
}
