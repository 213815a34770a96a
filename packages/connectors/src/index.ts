export * from "./connector.ts";
export * from "./registry.ts";
export * from "./emma-inbound/emma-inbound-connector.ts";
export * from "./emma-inbound/normalized-body.ts";
export * from "./emma-inbound/signature.ts";
