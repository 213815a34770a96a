import { z } from "zod";
import type { TimelineKind } from "../../channel/channel.ts";
import { callMetadataSchema } from "./call-metadata.ts";
import { messageMetadataSchema } from "./message-metadata.ts";
import {
  assignmentMetadataSchema,
  callerAttachedMetadataSchema,
  mergeMetadataSchema,
  noteMetadataSchema,
  statusChangeMetadataSchema,
} from "./system-metadata.ts";

/**
 * The metadata of a timeline item, by its kind: the API parses it before writing, the console and
 * the presenter read it through `readItemMetadata`. A new kind needs its entry here (the compiler
 * asks for it).
 */
export const ITEM_METADATA_SCHEMAS = {
  message: messageMetadataSchema,
  forum_post: messageMetadataSchema,
  call: callMetadataSchema,
  voicemail: callMetadataSchema,
  note: noteMetadataSchema,
  status_change: statusChangeMetadataSchema,
  assignment: assignmentMetadataSchema,
  merge: mergeMetadataSchema,
  unmerge: mergeMetadataSchema,
  caller_attached: callerAttachedMetadataSchema,
} as const satisfies Record<TimelineKind, z.ZodObject>;

export type ItemMetadata<K extends TimelineKind> = z.infer<(typeof ITEM_METADATA_SCHEMAS)[K]>;
/** Metadata of any kind, as written to the database. */
export type StoredItemMetadata = ItemMetadata<TimelineKind>;

/** Checks metadata before it is written; throws on a fact of the wrong shape. */
export function parseItemMetadata<K extends TimelineKind>(
  kind: K,
  metadata: ItemMetadata<K>,
): StoredItemMetadata {
  return ITEM_METADATA_SCHEMAS[kind].parse(metadata);
}

/** What a reader gets: every fact that checked out; anything else is left out. */
export type ReadItemMetadata<K extends TimelineKind> = Partial<ItemMetadata<K>>;

const READERS: { [K in TimelineKind]: (raw: unknown) => ReadItemMetadata<K> } = {
  message: readerOf(messageMetadataSchema),
  forum_post: readerOf(messageMetadataSchema),
  call: readerOf(callMetadataSchema),
  voicemail: readerOf(callMetadataSchema),
  note: readerOf(noteMetadataSchema),
  status_change: readerOf(statusChangeMetadataSchema),
  assignment: readerOf(assignmentMetadataSchema),
  merge: readerOf(mergeMetadataSchema),
  unmerge: readerOf(mergeMetadataSchema),
  caller_attached: readerOf(callerAttachedMetadataSchema),
};

/**
 * Reads stored metadata field by field: an item written by an older or newer version keeps every
 * fact this version understands, and a fact it cannot read is left out instead of failing the item
 * (render what you can). Facts no schema names (a provider's own) pass through untouched.
 */
export function readItemMetadata<K extends TimelineKind>(kind: K, metadata: unknown): ReadItemMetadata<K> {
  const read = READERS[kind];
  return read(metadata);
}

function readerOf<S extends z.core.$ZodLooseShape, C extends z.core.$ZodObjectConfig>(
  schema: z.ZodObject<S, C>,
) {
  const reader = z.preprocess((raw) => validFields(schema.shape, raw), schema.partial());
  return (raw: unknown) => reader.parse(raw);
}

function validFields(
  shape: Readonly<Record<string, z.core.$ZodType | undefined>>,
  raw: unknown,
): Record<string, unknown> {
  if (typeof raw !== "object" || raw === null || Array.isArray(raw)) return {};
  const kept: Record<string, unknown> = {};
  const entries: [string, unknown][] = Object.entries(raw);
  for (const [key, value] of entries) {
    const field = shape[key];
    if (value === undefined) continue;
    if (field === undefined || z.safeParse(field, value).success) kept[key] = value;
  }
  return kept;
}

/**
 * Checks metadata whose parts come loosely typed (ingest's provider facts, a stored item's metadata
 * with a newer call merged in) against its kind's schema before it is written; throws on a fact of
 * the wrong shape.
 */
export function checkItemMetadata(kind: TimelineKind, metadata: unknown): StoredItemMetadata {
  return ITEM_METADATA_SCHEMAS[kind].parse(metadata);
}

/** What a jsonb merge (`metadata || patch`) writes when a reply's delivery state changes. */
export const deliveryPatchSchema = messageMetadataSchema
  .pick({
    delivery: true,
    deliveryError: true,
    deliveryRefusal: true,
    deliveryFacts: true,
    deliveredAt: true,
    readAt: true,
  })
  .required({ delivery: true });
export type DeliveryPatch = z.infer<typeof deliveryPatchSchema>;
