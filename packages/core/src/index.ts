export * from "./channel/channel.ts";
export * from "./channel/reply-limits.ts";
export * from "./channel/messenger-window.ts";
export * from "./channel/x-post-length.ts";
export * from "./channel/personal-data.ts";
export * from "./channel/reply-rules.ts";
export * from "./identity/identity-kind.ts";
export * from "./inbound/inbound-message.ts";
export * from "./inbound/inbound-without-nul.ts";
export * from "./inbound/inbound-change.ts";
export * from "./inbound/helpful-mark.ts";
export * from "./inbound/apply-item-change.ts";
export * from "./inbound/kept-attachment.ts";
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
export * from "./merge/identity-answers.ts";
export * from "./merge/identity-code.ts";
export * from "./merge/survivor-of.ts";
export * from "./matching/match-evidence.ts";
export * from "./matching/match-profile.ts";
export * from "./matching/score-pair.ts";
export * from "./matching/profile-names.ts";
export * from "./matching/blocking-keys.ts";
export * from "./matching/match-thresholds.ts";
export * from "./matching/likeness-reason.ts";
export * from "./matching/namesake.ts";
export * from "./matching/evaluated-precision.ts";
export * from "./matching/evidence/written-identifiers.ts";
export * from "./matching/evidence/postal-address.ts";
export * from "./matching/evidence/compare-postal-addresses.ts";
export * from "./matching/evidence/same-topic.ts";
export * from "./matching/names/compare-names.ts";
export * from "./matching/names/name-blocking-keys.ts";
export * from "./merge/check-merge.ts";
export * from "./merge/check-unmerge.ts";
export * from "./merge/root-of.ts";
export * from "./merge/subtree-of.ts";
export * from "./merge/merge-graph.ts";
export * from "./merge/unmerge-graph.ts";

export * from "./auth/roles.ts";
export * from "./auth/permissions.ts";
export * from "./auth/login-throttle.ts";
export * from "./auth/address-source.ts";
export * from "./auth/admin-guard.ts";

export * from "./html/sanitize-html.ts";
export * from "./html/html-to-text.ts";

export * from "./text/looks-like.ts";
export * from "./text/like-pattern.ts";
export * from "./text/fold.ts";
export * from "./text/without-nul.ts";
export * from "./text/read-search-query.ts";
export * from "./text/marked-text.ts";

export * from "./canned/render-placeholders.ts";
export * from "./canned/placeholder-values.ts";
export * from "./macros/plan-macro.ts";

export * from "./community/question-terms.ts";
export * from "./community/community-query.ts";
export * from "./community/community-link-text.ts";
export * from "./community/answer-excerpt.ts";

export * from "./call/call-status-rank.ts";
export * from "./call/merge-call-data.ts";
export * from "./call/call-kind.ts";
export * from "./call/merge-call-item.ts";

export * from "./email/reply-token.ts";
export * from "./email/subject-token.ts";
export * from "./email/reply-subject.ts";
export * from "./email/message-id.ts";
export * from "./email/mail-headers.ts";
export * from "./email/content-type.ts";
export * from "./email/delivery-status.ts";
export * from "./email/mail-structure-facts.ts";
export * from "./email/classify-automated.ts";
export * from "./email/mail-recipients.ts";
export * from "./channel/reply-extras.ts";
export * from "./email/reply-markdown.ts";
export * from "./call/call-thread.ts";
export * from "./threading/choose-thread.ts";
export * from "./conversation/tags.ts";
export * from "./conversation/waiting.ts";
export * from "./conversation/sla.ts";
export * from "./conversation/response-due.ts";
export * from "./outbox/send-retry-policy.ts";
export * from "./outbox/outbox-payload.ts";
export * from "./outbox/reply-attachment.ts";
export * from "./call/call-follow-up.ts";
export * from "./console/console-security-policy.ts";
export * from "./console/batch-calls.ts";
export * from "./inbound/poll-backoff.ts";
export * from "./merge/may-undo-merge.ts";
export * from "./merge/merge-differences.ts";
export * from "./merge/sorted-ids.ts";
export * from "./merge/merge-refusal-code.ts";

export * from "./customer/product-lists.ts";
export * from "./customer/consent-vocabulary.ts";
export * from "./consent/consent-record.ts";
export * from "./consent/consent-state.ts";
export * from "./consent/consent-overview.ts";
export * from "./consent/consent-refusal.ts";
export * from "./consent/opt-out-keyword.ts";
export * from "./text/readable-key.ts";
export * from "./identity/format-phone.ts";
export * from "./reports/index.ts";
export * from "./settings/service-settings.ts";
export * from "./settings/retention-settings.ts";
export * from "./settings/matching-settings.ts";
export * from "./settings/retention-rules.ts";
export * from "./settings/retention-run.ts";
export * from "./journey/journey-clock-event.ts";
export * from "./journey/journey-layout.ts";
export * from "./journey/journey-range.ts";
export * from "./live/agent-presence.ts";
export * from "./audit/audit-scope.ts";
export * from "./audit/audit-actions.ts";
export * from "./settings/german-holidays.ts";

export * from "./holdings/holding-row.ts";
export * from "./holdings/person-record-row.ts";
export * from "./holdings/link-holding.ts";
export * from "./holdings/parse-amount.ts";
export * from "./holdings/live-holdings.ts";
export * from "./privacy/redaction.ts";
export * from "./privacy/redact-item.ts";
export * from "./settings/duty-period.ts";
export * from "./privacy/erasure-block.ts";
export * from "./privacy/erasure-decision.ts";
export * from "./privacy/export/export-schema.ts";
export * from "./privacy/export/export-job.ts";
export * from "./privacy/export/export-labels.ts";
export * from "./privacy/export/render-export-html.ts";
export * from "./privacy/erasure-scope.ts";
