// The zod schemas of the API's procedures, one file per feature.
export * from "./common.ts";
export * from "./auth.ts";
export * from "./customers.ts";
export * from "./timeline.ts";
export * from "./conversations.ts";
export * from "./merges.ts";
export * from "./users.ts";
export * from "./teams.ts";
export * from "./delivery-state.ts";
export * from "./events.ts";
export * from "./canned-responses.ts";
export * from "./presence.ts";
export * from "./connectors.ts";
export * from "./item-metadata/index.ts";
export * from "./search.ts";
export * from "./conversation-bulk.ts";
export * from "./saved-filters.ts";
