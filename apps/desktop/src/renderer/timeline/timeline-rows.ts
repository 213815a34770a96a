import type { TimelineItem } from "../api/router-types.ts";

export type TimelineRow =
  | { type: "boundary"; key: string; item: TimelineItem }
  | { type: "item"; key: string; item: TimelineItem }
  | { type: "end"; key: string }
  | { type: "loader"; key: string };

/**
 * Items newest first, with a boundary row wherever the conversation changes, so the unified
 * timeline still shows which thread each item belongs to. Items outside any conversation
 * (merges) get no boundary.
 */
export function timelineRows(items: readonly TimelineItem[], hasMore: boolean): TimelineRow[] {
  const rows: TimelineRow[] = [];
  let previous: string | null | undefined;
  for (const item of items) {
    if (item.conversationId !== null && item.conversationId !== previous) {
      rows.push({ type: "boundary", key: `b-${item.id}`, item });
    }
    previous = item.conversationId;
    rows.push({ type: "item", key: item.id, item });
  }
  rows.push(hasMore ? { type: "loader", key: "loader" } : { type: "end", key: "end" });
  return rows;
}
