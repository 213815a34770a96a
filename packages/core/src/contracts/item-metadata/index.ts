export * from "./message-metadata.ts";
export * from "./call-metadata.ts";
export * from "./system-metadata.ts";
export * from "./item-metadata.ts";
export * from "./read-timeline-item.ts";
