import { z } from "zod";
import type { InboundChange } from "./inbound-change.ts";
import { mergeCallItem } from "../call/merge-call-item.ts";
import { SOLUTION_KINDS } from "./inbound-change.ts";
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

/** A removal that was taken back (a recovered post, an unhidden one), kept for the agent. */
export const itemRestoreSchema = itemRemovalSchema.omit({ purged: true }).extend({
  restoredAt: z.string().describe("When it was brought back, ISO 8601"),
});
export type ItemRestore = z.infer<typeof itemRestoreSchema>;

/** The item answers its thread's question: accepted, or marked helpful by the asker. */
export const itemSolutionSchema = z.object({
  how: z.enum(SOLUTION_KINDS),
  at: z.string().describe("When it was accepted or marked, ISO 8601"),
  by: z.string().optional().describe("Who accepted it, as the provider names them"),
});
export type ItemSolution = z.infer<typeof itemSolutionSchema>;

const editStateSchema = z.object({
  edits: z.array(itemEditSchema).default([]),
  editedAt: z.string().optional(),
  removed: itemRemovalSchema.optional(),
  restored: z.array(itemRestoreSchema).default([]),
  solution: itemSolutionSchema.optional(),
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
    case "thread":
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
    case "restore":
      return applyRestore(item, message, change.restoredAt);
    case "solution":
      return applySolution(item, change);
    default: {
      const unreachable: never = change;
      throw new Error(`unknown change ${JSON.stringify(unreachable)}`);
    }
  }
}

function applyRestore(item: ItemState, message: InboundMessage, restoredAt: Date): ItemState {
  const state = editStateSchema.parse(item.metadata);
  const at = restoredAt.toISOString();
  // Only a removal before this restore is undone: a restore that arrives late changes nothing.
  if (!state.removed || state.removed.at > at) return item;
  const { removed: _removed, ...kept } = item.metadata;
  const restored: ItemRestore = { at: state.removed.at, by: state.removed.by, restoredAt: at };
  return {
    ...item,
    // A purged item's content is gone here; the provider's restore carries it again.
    text: state.removed.purged || message.text !== "" ? message.text : item.text,
    html: state.removed.purged ? null : item.html,
    metadata: { ...kept, restored: [...state.restored, restored] },
  };
}

/**
 * The newest decision wins, whatever order they arrive in; an accepted answer outranks a helpful
 * mark, so a like taken back leaves an accepted answer alone.
 */
function applySolution(item: ItemState, change: Extract<InboundChange, { type: "solution" }>): ItemState {
  const state = editStateSchema.parse(item.metadata);
  const at = change.at.toISOString();
  const current = state.solution;
  if (change.accepted) {
    if (current && (current.how === "accepted" || change.how === "helpful") && current.at >= at) return item;
    if (current?.how === "accepted" && change.how === "helpful") return item;
    const solution: ItemSolution = { how: change.how, at, ...(change.by ? { by: change.by } : {}) };
    return { ...item, metadata: { ...item.metadata, solution } };
  }
  if (!current || current.how !== change.how || current.at > at) return item;
  const { solution: _solution, ...kept } = item.metadata;
  return { ...item, metadata: kept };
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
