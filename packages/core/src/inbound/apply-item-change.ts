import { z } from "zod";
import { mergeCallItem } from "../call/merge-call-item.ts";
import { callDataSchema, changeOf, type InboundMessage } from "./inbound-message.ts";

/** What of a stored timeline item a provider's change may touch. */
export interface ItemState {
  kind: string;
  occurredAt: Date;
  text: string;
  html: string | null;
  metadata: Readonly<Record<string, unknown>>;
}

/** An earlier version of an edited item, kept for the agent (newest last). */
export const itemEditSchema = z.object({
  text: z.string().describe("The text as it read until it was changed"),
  until: z.string().describe("When that version was replaced, ISO 8601"),
});
export type ItemEdit = z.infer<typeof itemEditSchema>;

export const itemRemovalSchema = z.object({
  at: z.string().describe("When it was removed at the provider, ISO 8601"),
  by: z.enum(["author", "moderator"]).describe("The customer, or the page/account"),
  purged: z.boolean().describe("Its content was deleted too, as the provider's terms require"),
});
export type ItemRemoval = z.infer<typeof itemRemovalSchema>;

const editStateSchema = z.object({
  edits: z.array(itemEditSchema).default([]),
  editedAt: z.string().optional(),
  removed: itemRemovalSchema.optional(),
});

/**
 * A stored item after one more change from its provider, or the same object when the change adds
 * nothing (a redelivery, an older edit arriving late, a second removal). Order-independent: edits
 * settle on the newest version whatever order they arrive in; a removal is final.
 */
export function applyItemChange(item: ItemState, message: InboundMessage): ItemState {
  const change = changeOf(message);
  switch (change.type) {
    case "new":
    case "receipt":
      return item;
    case "revision": {
      const stored = callDataSchema.safeParse(item.metadata.call);
      if (!stored.success || !message.call) return item;
      const merged = mergeCallItem(
        { occurredAt: item.occurredAt, call: stored.data },
        { occurredAt: message.occurredAt, call: message.call },
      );
      const next = {
        ...item,
        kind: merged.kind,
        occurredAt: merged.occurredAt,
        // The transcript once there is one; until then whatever text the provider gave.
        text: merged.text || item.text,
        metadata: { ...item.metadata, call: merged.call },
      };
      return sameItem(item, next) ? item : next;
    }
    case "edit":
      return applyEdit(item, message.text, change.editedAt);
    case "delete": {
      const state = editStateSchema.parse(item.metadata);
      if (state.removed) return item;
      const removed: ItemRemoval = {
        at: change.deletedAt.toISOString(),
        by: change.by,
        purged: change.purge,
      };
      if (!change.purge) return { ...item, metadata: { ...item.metadata, removed } };
      const { edits: _edits, attachments: _attachments, ...kept } = item.metadata;
      return { ...item, text: "", html: null, metadata: { ...kept, removed } };
    }
    default: {
      const unreachable: never = change;
      throw new Error(`unknown change ${JSON.stringify(unreachable)}`);
    }
  }
}

function applyEdit(item: ItemState, text: string, editedAt: Date): ItemState {
  const state = editStateSchema.parse(item.metadata);
  if (state.removed?.purged) return item;
  const at = editedAt.toISOString();
  const shownSince = state.editedAt ?? item.occurredAt.toISOString();
  const known = state.edits.some((edit) => edit.text === text) || item.text === text;
  if (known) return item;
  if (at < shownSince) {
    // An older version arriving after a newer one: history only, in time order.
    const edits = [...state.edits, { text, until: shownSince }].sort((a, b) =>
      a.until.localeCompare(b.until),
    );
    return { ...item, metadata: { ...item.metadata, edits } };
  }
  return {
    ...item,
    text,
    // An edit arrives as plain text; the original's formatting no longer matches it.
    html: null,
    metadata: { ...item.metadata, edits: [...state.edits, { text: item.text, until: at }], editedAt: at },
  };
}

function sameItem(a: ItemState, b: ItemState): boolean {
  return (
    a.kind === b.kind &&
    a.occurredAt.getTime() === b.occurredAt.getTime() &&
    a.text === b.text &&
    JSON.stringify(a.metadata) === JSON.stringify(b.metadata)
  );
}
