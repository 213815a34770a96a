import { firstNameOf, type PlaceholderValues } from "./render-placeholders.ts";

/**
 * The values placeholders are filled with, from the conversation's customer and the agent. One
 * function for the composer's picker, the macro preview and the API that sends a macro's reply, so
 * what an agent previews is what the customer reads.
 */
export function placeholderValues(props: {
  customerName: string | null;
  agentName: string | null;
}): PlaceholderValues {
  return {
    "customer.name": props.customerName,
    "customer.firstName": firstNameOf(props.customerName),
    "agent.name": props.agentName,
  };
}
