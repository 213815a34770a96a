/**
 * Every action Emma writes to the audit log, for the console's action filter and its wording. An
 * entry with an action not listed here (written by a newer API) is still listed, under its code.
 */
export const AUDIT_ACTIONS = [
  "customer.viewed",
  "customer.searched",
  "customer.merged",
  "customer.unmerged",
  "customer.consentsViewed",
  "customer.consentRecorded",
  "customer.exported",
  "customer.exportDownloaded",
  "customer.erased",
  "customer.holdings_live_viewed",
  "customer.identityChecked",
  "customer.identityCodeSent",
  "customer.identityCodeChecked",
  "customer.markedDistinct",
  "customers.imported",
  "holdings.imported",
  "timeline.viewed",
  "attachment.downloaded",
  "recording.played",
  "conversation.viewed",
  "conversation.replied",
  "conversation.note_added",
  "conversation.assigned",
  "conversation.status_changed",
  "conversation.tagged",
  "conversation.customerAttached",
  "conversation.deliveryRetried",
  "conversation.snooze_ended",
  "merge_suggestion.dismissed",
  "merge_suggestion.notSamePerson",
  "macro.applied",
  "macro.created",
  "macro.updated",
  "macro.deleted",
  "canned_response.created",
  "canned_response.updated",
  "canned_response.deleted",
  "saved_filter.saved",
  "saved_filter.deleted",
  "file.uploaded",
  "session.created",
  "session.ended",
  "session.revoked",
  "user.created",
  "user.updated",
  "user.deactivated",
  "user.reactivated",
  "user.password_set",
  "user.password_reset",
  "user.password_set_by_link",
  "user.password_changed",
  "user.login_delay_lifted",
  "team.created",
  "team.updated",
  "team.deleted",
  "connector.created",
  "connector.updated",
  "connector.enabled",
  "connector.disabled",
  "connector.tested",
  "connector.events_reprocessed",
  "integration_key.created",
  "integration_key.revoked",
  "settings.updated",
  "retention.applied",
  "audit.viewed",
  "audit.exported",
  "erasure.requested",
  "erasure.withdrawn",
  "erasure.approved",
  "erasure.refused",
  "legalHold.placed",
  "legalHold.lifted",
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

export function isAuditAction(action: string): action is AuditAction {
  return (AUDIT_ACTIONS as readonly string[]).includes(action);
}

/**
 * Actions that only read customer data; the rest change something. A customer's access report
 * counts these as views.
 */
export const AUDIT_READ_ACTIONS = [
  "customer.viewed",
  "customer.searched",
  "customer.consentsViewed",
  "customer.exported",
  "customer.exportDownloaded",
  "customer.holdings_live_viewed",
  "timeline.viewed",
  "attachment.downloaded",
  "recording.played",
  "conversation.viewed",
  "audit.viewed",
  "audit.exported",
] as const satisfies readonly AuditAction[];

export function isReadAction(action: string): boolean {
  return (AUDIT_READ_ACTIONS as readonly string[]).includes(action);
}

/**
 * Entries the audit retention rule never deletes: the record of what the rules were and of what
 * they removed must outlive what it removed; so must the proof of who asked for, decided and
 * carried out an erasure (Art. 5(2) accountability), and of legal holds.
 */
export const AUDIT_ACTIONS_OUTLIVING_RETENTION = [
  "settings.updated",
  "retention.applied",
  "customer.erased",
  "erasure.requested",
  "erasure.withdrawn",
  "erasure.approved",
  "erasure.refused",
  "legalHold.placed",
  "legalHold.lifted",
] as const satisfies readonly AuditAction[];
