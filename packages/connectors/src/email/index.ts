// The email connector's public surface for the API: the connector value, its schemas, parsing,
// attachment download and the import helpers.
export * from "./email-connector.ts";
export * from "./email-config.ts";
export * from "./email-content-type.ts";
export * from "./parse-email.ts";
export * from "./email-attachments.ts";
export * from "./mbox.ts";
export * from "./dedupe-key.ts";
export * from "./poll-cursor.ts";
