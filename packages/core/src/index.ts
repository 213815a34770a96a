export * from "./channel/channel.ts";
export * from "./identity/identity-kind.ts";
export * from "./inbound/inbound-message.ts";
export * from "./contracts/index.ts";
