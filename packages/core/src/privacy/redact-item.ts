import type { TimelineKind } from "../channel/channel.ts";
import { readItemMetadata, type StoredItemMetadata } from "../contracts/item-metadata/item-metadata.ts";
import type { MessageMetadata } from "../contracts/item-metadata/message-metadata.ts";
import type { RedactionCause } from "./redaction.ts";

/** What stays of an item whose content is removed: everything a report or a clock reads, nothing of the person. */
export interface RedactedItem {
  subject: null;
  bodyText: "";
  bodyHtml: null;
  authorName: null;
  metadata: StoredItemMetadata;
}

/**
 * Removes an item's content and keeps its statistics. Allow-listed, not block-listed: connectors
 * put their own facts (addresses, message ids, permalinks) beside Emma's, and any fact not named
 * here is dropped. What stays: delivery states and receipts, the kind of machine mail, how it was
 * threaded, reply visibility, a call's status, duration and the agent who took it, a forum post's
 * place in its topic, removals and the accepted answer — counts, durations and flags, no names,
 * numbers, addresses, texts or files.
 */
export function redactItem(
  kind: TimelineKind,
  metadata: unknown,
  props: { at: Date; cause: RedactionCause },
): RedactedItem {
  return {
    subject: null,
    bodyText: "",
    bodyHtml: null,
    authorName: null,
    metadata: redactedMetadata(kind, metadata, props),
  };
}

function redactedMetadata(
  kind: TimelineKind,
  metadata: unknown,
  props: { at: Date; cause: RedactionCause },
): StoredItemMetadata {
  switch (kind) {
    case "message":
    case "forum_post":
      return keptMessageFacts(readItemMetadata(kind, metadata), props);
    case "call":
    case "voicemail": {
      const read = readItemMetadata(kind, metadata);
      const call = read.call;
      const kept = keptMessageFacts(read, props);
      if (call === undefined) return kept;
      return {
        ...kept,
        call: {
          status: call.status,
          from: "",
          to: "",
          ...(call.durationSeconds === undefined ? {} : { durationSeconds: call.durationSeconds }),
          ...(call.answeredBy === undefined ? {} : { answeredBy: call.answeredBy }),
        },
      };
    }
    case "merge":
    case "unmerge": {
      const read = readItemMetadata(kind, metadata);
      if (read.mergeId === undefined || read.absorbedId === undefined) return {};
      return { mergeId: read.mergeId, absorbedId: read.absorbedId, absorbedName: "" };
    }
    case "caller_attached": {
      const read = readItemMetadata(kind, metadata);
      return { customerName: "", movedItemIds: read.movedItemIds ?? [] };
    }
    case "note":
      return { redacted: { at: props.at.toISOString(), cause: props.cause, attachments: 0 } };
    case "status_change":
    case "assignment":
      // Who worked it and in which state: the desk's own facts, nothing of the customer's.
      return readItemMetadata(kind, metadata);
  }
}

function keptMessageFacts(
  read: Partial<MessageMetadata>,
  props: { at: Date; cause: RedactionCause },
): MessageMetadata {
  const solution = read.solution;
  const removed = read.removed;
  return {
    ...(read.delivery === undefined ? {} : { delivery: read.delivery }),
    ...(read.deliveredAt === undefined ? {} : { deliveredAt: read.deliveredAt }),
    ...(read.readAt === undefined ? {} : { readAt: read.readAt }),
    ...(read.automated === undefined
      ? {}
      : {
          automated: {
            kind: read.automated.kind,
            signals: [`content removed (${props.cause})`],
            failedMessageIds: [],
          },
        }),
    ...(read.threadedBy === undefined ? {} : { threadedBy: read.threadedBy }),
    ...(read.visibility === undefined ? {} : { visibility: read.visibility }),
    ...(read.sourceEventIds === undefined ? {} : { sourceEventIds: read.sourceEventIds }),
    ...(read.topicId === undefined ? {} : { topicId: read.topicId }),
    ...(read.postNumber === undefined ? {} : { postNumber: read.postNumber }),
    ...(read.replyToPostNumber === undefined ? {} : { replyToPostNumber: read.replyToPostNumber }),
    ...(read.staff === undefined ? {} : { staff: read.staff }),
    ...(removed === undefined ? {} : { removed }),
    ...(solution === undefined ? {} : { solution: { how: solution.how, at: solution.at } }),
    redacted: { at: props.at.toISOString(), cause: props.cause, attachments: read.attachments?.length ?? 0 },
  };
}
