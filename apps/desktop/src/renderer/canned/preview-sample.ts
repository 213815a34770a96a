import type { PlaceholderValues } from "@emma/core";

/** Who the admin forms' previews address: a sample customer and agent, as the text would read. */
export const PREVIEW_SAMPLE: PlaceholderValues = {
  "customer.firstName": "Anna",
  "customer.name": "Anna Schneider",
  "agent.name": "Nina Krause",
};
