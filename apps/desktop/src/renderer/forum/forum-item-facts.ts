import type { ItemRestore, ItemSolution } from "@emma/core";
import { messageFacts, type StoredItem } from "../timeline/item-metadata.ts";

// A forum post's facts, read through core's message metadata contract (item-metadata.ts).

/** The post answers its topic's question: accepted, or marked helpful by the asker. */
export function solutionOf(item: StoredItem): ItemSolution | null {
  return messageFacts(item).solution ?? null;
}

/** The latest removal that was taken back (a recovered post), or null. */
export function lastRestoreOf(item: StoredItem): ItemRestore | null {
  return messageFacts(item).restored?.at(-1) ?? null;
}
