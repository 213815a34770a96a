import { normalizeMessageId } from "./message-id.ts";
import { headerValue, parseHeaderBlock } from "./mail-headers.ts";

export interface DeliveryStatusRecipient {
  /** Final-Recipient (else Original-Recipient) without its address type. */
  address: string;
  /** failed, delayed, delivered, relayed or expanded (RFC 3464 §2.3.3), lower-case. */
  action: string;
  /** The enhanced status code, e.g. 5.1.1. */
  status?: string;
  /** The remote server's words, without the diagnostic type. */
  diagnostic?: string;
}

export interface DeliveryStatus {
  /** Non-standard but common (Exchange, some MTAs): the id of the mail this report is about. */
  originalMessageIds: string[];
  recipients: DeliveryStatusRecipient[];
}

/** Reads the body of a message/delivery-status part (RFC 3464): one per-message block, then one per recipient. */
export function readDeliveryStatus(text: string): DeliveryStatus {
  const blocks = text.split(/\r?\n[ \t]*\r?\n/).map((block) => parseHeaderBlock(block.trim()));
  const originalMessageIds: string[] = [];
  const recipients: DeliveryStatusRecipient[] = [];
  for (const fields of blocks) {
    for (const name of ["original-message-id", "x-original-message-id"]) {
      const id = normalizeMessageId(headerValue(fields, name) ?? "");
      if (id !== undefined && !originalMessageIds.includes(id)) originalMessageIds.push(id);
    }
    const recipient = headerValue(fields, "final-recipient") ?? headerValue(fields, "original-recipient");
    const action = headerValue(fields, "action");
    if (recipient === undefined && action === undefined) continue;
    const status = headerValue(fields, "status")?.split(/\s/)[0];
    const diagnostic = withoutType(headerValue(fields, "diagnostic-code"));
    recipients.push({
      address: (withoutType(recipient) ?? "").replace(/^<|>$/g, ""),
      action: (action ?? "").trim().toLowerCase(),
      ...(status ? { status } : {}),
      ...(diagnostic ? { diagnostic } : {}),
    });
  }
  return { originalMessageIds, recipients };
}

/** `rfc822; a@b` → `a@b`, `smtp; 550 …` → `550 …`. */
function withoutType(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  const semicolon = value.indexOf(";");
  const rest = semicolon >= 0 && semicolon < 20 ? value.slice(semicolon + 1) : value;
  return rest.trim() || undefined;
}
