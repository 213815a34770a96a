import type { TimelineKind } from "../../channel/channel.ts";
import { readItemMetadata, type ReadItemMetadata } from "./item-metadata.ts";

/** An item's kind with its metadata read for that kind: narrowing on `kind` types `metadata`. */
export type KindWithMetadata = {
  [K in TimelineKind]: { kind: K; metadata: ReadItemMetadata<K> };
}[TimelineKind];

/** Reads stored metadata by the item's kind (see readItemMetadata), keeping the two together. */
export function readKindWithMetadata(kind: TimelineKind, metadata: unknown): KindWithMetadata {
  switch (kind) {
    case "message":
    case "forum_post":
      return { kind, metadata: readItemMetadata(kind, metadata) };
    case "call":
    case "voicemail":
      return { kind, metadata: readItemMetadata(kind, metadata) };
    case "note":
      return { kind, metadata: readItemMetadata(kind, metadata) };
    case "status_change":
      return { kind, metadata: readItemMetadata(kind, metadata) };
    case "assignment":
      return { kind, metadata: readItemMetadata(kind, metadata) };
    case "merge":
    case "unmerge":
      return { kind, metadata: readItemMetadata(kind, metadata) };
    case "caller_attached":
      return { kind, metadata: readItemMetadata(kind, metadata) };
    default: {
      const unreachable: never = kind;
      return unreachable;
    }
  }
}
