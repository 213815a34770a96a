export * from "./channel/channel.ts";
export * from "./channel/reply-limits.ts";
export * from "./identity/identity-kind.ts";
export * from "./inbound/inbound-message.ts";
export * from "./contracts/index.ts";

export * from "./identity/country-code.ts";
export * from "./identity/identity-key.ts";
export {
  NORMALIZE_FAILURES,
  type NormalizeFailure,
  type NormalizeResult,
} from "./identity/normalize-result.ts";
export * from "./identity/normalize-identity.ts";
export * from "./identity/normalize-identities.ts";
export * from "./identity/resolve-identities.ts";

export * from "./merge/mergeable-table.ts";
export * from "./merge/customer-graph.ts";
export * from "./merge/merge-moved.ts";
export * from "./merge/merge-reason.ts";
export * from "./merge/check-merge.ts";
export * from "./merge/check-unmerge.ts";
export * from "./merge/root-of.ts";
export * from "./merge/subtree-of.ts";
export * from "./merge/merge-graph.ts";
export * from "./merge/unmerge-graph.ts";

export * from "./auth/roles.ts";
export * from "./auth/permissions.ts";

export * from "./html/sanitize-html.ts";
export * from "./html/html-to-text.ts";

export * from "./text/looks-like.ts";
export * from "./text/search-terms.ts";
export * from "./text/like-pattern.ts";
