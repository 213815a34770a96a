import {
  availabilityOf,
  readKindWithMetadata,
  timelineAttachmentSchema,
  type AttachmentAvailability,
  type CallData,
  type ConsentRefusal,
  type Redaction,
  type KindWithMetadata,
  type StatusChangeMetadata,
  type TimelineKind,
} from "@emma/core";
import { z } from "zod";

/** What the console needs of an item to read its metadata. */
export interface StoredItem {
  kind: TimelineKind;
  metadata: unknown;
}

/**
 * Core's metadata of the item's kind, read again with this console's core: an item from an older or
 * newer API keeps every fact this version understands and renders instead of breaking the timeline.
 */
function metadataOf(item: StoredItem): KindWithMetadata {
  return readKindWithMetadata(item.kind, item.metadata);
}

export function callOf(item: StoredItem): CallData | null {
  const read = metadataOf(item);
  return read.kind === "call" || read.kind === "voicemail" ? (read.metadata.call ?? null) : null;
}

/** Facts of a message-like item (message, forum post, call, voicemail); empty for system items. */
export function messageFacts(item: StoredItem) {
  const read = metadataOf(item);
  switch (read.kind) {
    case "message":
    case "forum_post":
    case "call":
    case "voicemail":
      return read.metadata;
    case "note":
    case "status_change":
    case "assignment":
    case "merge":
    case "unmerge":
    case "caller_attached":
      return {};
    default: {
      const unreachable: never = read;
      return unreachable;
    }
  }
}

export interface ListedAttachment {
  /** Its place in the item's list, which the download address names. */
  index: number;
  filename: string;
  /** Known once the file is here; a link's size is the provider's guess until then. */
  size: number | undefined;
  availability: AttachmentAvailability;
}

// An entry written before attachments had to name their content type: still offered for download.
const looseAttachmentSchema = z.object({ filename: z.string(), size: z.number().optional() });
const attachmentEntriesSchema = z.object({ attachments: z.array(z.unknown()) });

/**
 * An item's files with whether each can be downloaded, is still being fetched, or was lost. Read
 * entry by entry, not as one list: an entry this version cannot read is skipped and the others keep
 * their download numbers.
 */
export function attachmentsOf(item: StoredItem): ListedAttachment[] {
  if (
    item.kind !== "message" &&
    item.kind !== "forum_post" &&
    item.kind !== "call" &&
    item.kind !== "voicemail"
  )
    return [];
  const parsed = attachmentEntriesSchema.safeParse(item.metadata);
  if (!parsed.success) return [];
  return parsed.data.attachments.flatMap((entry, index): ListedAttachment[] => {
    const full = timelineAttachmentSchema.safeParse(entry);
    if (full.success) {
      const { filename, size, url, fetch } = full.data;
      const sizeKnown = url === undefined || fetch?.state === "kept";
      return [
        { index, filename, size: sizeKnown ? size : undefined, availability: availabilityOf(full.data) },
      ];
    }
    const loose = looseAttachmentSchema.safeParse(entry);
    if (!loose.success) return [];
    return [
      { index, filename: loose.data.filename, size: loose.data.size, availability: { kind: "available" } },
    ];
  });
}

/** An out-of-office or a bounce: shown as such, so nobody answers a machine. */
export function automatedOf(item: StoredItem): "auto-reply" | "bounce" | null {
  return messageFacts(item).automated?.kind ?? null;
}

export function simulatedDelivery(item: StoredItem): boolean {
  return messageFacts(item).deliveryFacts?.simulated === true;
}

/** The outbox did not send this reply: the customer had withdrawn consent; null otherwise. */
export function consentRefusalOf(item: StoredItem): ConsentRefusal | null {
  return messageFacts(item).deliveryRefusal ?? null;
}

/** A status change with both ends known; null when this version cannot read it. */
export function statusChangeOf(item: StoredItem): StatusChangeMetadata | null {
  const read = metadataOf(item);
  if (read.kind !== "status_change") return null;
  const { from, to, snoozedUntil, reason } = read.metadata;
  if (from === undefined || to === undefined) return null;
  return { from, to, snoozedUntil, reason };
}

export function mergedNameOf(item: StoredItem): string | null {
  const read = metadataOf(item);
  return read.kind === "merge" || read.kind === "unmerge" ? (read.metadata.absorbedName ?? null) : null;
}

/** The customer an unknown caller's conversation was attached to, as named then. */
export function attachedNameOf(item: StoredItem): string | null {
  const read = metadataOf(item);
  return read.kind === "caller_attached" ? (read.metadata.customerName ?? null) : null;
}

/** Where our e-mail reply went (To, Cc, and the Bcc only agents see); null for other items. */
export function mailRecipientsOf(item: StoredItem) {
  return messageFacts(item).recipients ?? null;
}

/** When and why the item's content was removed (an erasure, or its retention period); null: it was not. */
export function redactionOf(item: StoredItem): Redaction | null {
  const read = metadataOf(item);
  switch (read.kind) {
    case "message":
    case "forum_post":
    case "call":
    case "voicemail":
    case "note":
      return read.metadata.redacted ?? null;
    case "status_change":
    case "assignment":
    case "merge":
    case "unmerge":
    case "caller_attached":
      return null;
    default: {
      const unreachable: never = read;
      return unreachable;
    }
  }
}
