import { availabilityOf, timelineAttachmentSchema, type AttachmentAvailability } from "@emma/core";
import { z } from "zod";

// Metadata is free-form JSON per item kind; the console reads only what it shows and checks it
// first, so an item from an older or newer API version renders instead of breaking the timeline.
const callSchema = z.object({
  status: z.string(),
  from: z.string().optional(),
  to: z.string().optional(),
  durationSeconds: z.number().nonnegative().optional(),
  transcript: z.string().optional(),
  recordingUrl: z.string().optional(),
});
const looseAttachmentSchema = z.object({ filename: z.string(), size: z.number().optional() });
const automatedSchema = z.object({ automated: z.object({ kind: z.enum(["auto-reply", "bounce"]) }) });
const simulatedSchema = z.object({ deliveryFacts: z.object({ simulated: z.literal(true) }) });
const statusChangeSchema = z.object({
  from: z.string(),
  to: z.string(),
  snoozedUntil: z.string().nullish(),
  // "snooze_ended": the wake-up job, not an agent, reopened it.
  reason: z.string().optional(),
});
const mergeSchema = z.object({ absorbedName: z.string().optional() });
const callerAttachedSchema = z.object({ customerName: z.string() });

export type CallMetadata = z.infer<typeof callSchema>;

export function callOf(metadata: unknown): CallMetadata | null {
  const parsed = z.object({ call: callSchema }).safeParse(metadata);
  return parsed.success ? parsed.data.call : null;
}

export interface ListedAttachment {
  /** Its place in the item's list, which the download address names. */
  index: number;
  filename: string;
  /** Known once the file is here; a link's size is the provider's guess until then. */
  size: number | undefined;
  availability: AttachmentAvailability;
}

/** An item's files with whether each can be downloaded, is still being fetched, or was lost. */
export function attachmentsOf(metadata: unknown): ListedAttachment[] {
  const parsed = z.object({ attachments: z.array(z.unknown()) }).safeParse(metadata);
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

export function statusChangeOf(metadata: unknown): z.infer<typeof statusChangeSchema> | null {
  const parsed = statusChangeSchema.safeParse(metadata);
  return parsed.success ? parsed.data : null;
}

export function mergedNameOf(metadata: unknown): string | null {
  const parsed = mergeSchema.safeParse(metadata);
  return parsed.success ? (parsed.data.absorbedName ?? null) : null;
}

/** The customer an unknown caller's conversation was attached to, as named then. */
export function attachedNameOf(metadata: unknown): string | null {
  const parsed = callerAttachedSchema.safeParse(metadata);
  return parsed.success ? parsed.data.customerName : null;
}

/** An out-of-office or a bounce: shown as such, so nobody answers a machine. */
export function automatedOf(metadata: unknown): "auto-reply" | "bounce" | null {
  const parsed = automatedSchema.safeParse(metadata);
  return parsed.success ? parsed.data.automated.kind : null;
}

export function simulatedDelivery(metadata: unknown): boolean {
  return simulatedSchema.safeParse(metadata).success;
}
