import type { AutomatedMail } from "../inbound/inbound-message.ts";
import { autoReplySignals } from "./auto-reply-signals.ts";
import { bounceSignals, bounceSubjectSignal } from "./bounce-signals.ts";
import { readDeliveryStatus } from "./delivery-status.ts";
import { headerValue, parseHeaderBlock, type MailHeaders } from "./mail-headers.ts";
import type { MailStructureFacts } from "./mail-structure-facts.ts";
import { messageIdsIn } from "./message-id.ts";

const MAX_SIGNALS = 20;
const MAX_FAILED_IDS = 50;

/**
 * Whether a machine wrote this mail, and which kind: a bounce (any delivery-report signal) or an
 * auto-reply (out-of-office, auto-responder, bulk). Undefined for mail a person wrote.
 */
export function classifyAutomated(
  headers: MailHeaders,
  facts: MailStructureFacts,
): AutomatedMail | undefined {
  const bounce = bounceSignals(headers, facts);
  const auto = autoReplySignals(headers, facts);
  // Machine mail that reads like a failure report is one, even when nothing else says so.
  const subject = bounce.length === 0 && auto.length > 0 ? bounceSubjectSignal(headers) : undefined;
  if (subject !== undefined) bounce.push(subject);
  if (bounce.length === 0) {
    return auto.length === 0
      ? undefined
      : { kind: "auto-reply", signals: auto.slice(0, MAX_SIGNALS), failedMessageIds: [] };
  }
  const status = facts.providerReport ?? readDeliveryStatus(facts.deliveryStatus ?? "");
  const failedRecipients = status.recipients.filter((recipient) => recipient.action === "failed");
  // A report that only says "delayed" (RFC 3464) is a warning: the mail may still arrive.
  const onlyDelayed = status.recipients.length > 0 && failedRecipients.length === 0;
  const signals = [...bounce, ...auto];
  if (onlyDelayed) signals.push(`Action: ${status.recipients[0]?.action ?? ""} (no recipient failed yet)`);
  const diagnostic = (failedRecipients[0] ?? status.recipients[0])?.diagnostic;
  return {
    kind: "bounce",
    signals: signals.slice(0, MAX_SIGNALS),
    failedMessageIds: onlyDelayed ? [] : originalIds(headers, facts, status.originalMessageIds),
    ...(diagnostic === undefined ? {} : { diagnostic: diagnostic.slice(0, 2000) }),
  };
}

/**
 * The Message-IDs of the returned mail: from its attached headers, then the report's own fields, then
 * a copy in the bounce's text, and only then the bounce's In-Reply-To/References (some servers
 * thread their bounces to the original).
 */
export function originalIds(headers: MailHeaders, facts: MailStructureFacts, reported: string[]): string[] {
  const attached = parseHeaderBlock(facts.originalHeaders ?? "");
  const ids = [...messageIdsIn(headerValue(attached, "message-id")), ...reported];
  if (ids.length === 0) ids.push(...messageIdsIn(facts.quotedMessageId));
  if (ids.length === 0) {
    ids.push(...messageIdsIn(headerValue(headers, "in-reply-to")));
    ids.push(...messageIdsIn(headerValue(headers, "references")).reverse());
  }
  return [...new Set(ids)].filter((id) => id.length <= 998).slice(0, MAX_FAILED_IDS);
}
