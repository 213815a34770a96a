import { z } from "zod";

/**
 * The parts of Meta's Page webhook that Emma reads (Messenger Platform webhook events; Graph API
 * Webhooks reference, Page object, field `feed`). Unknown fields are ignored, unknown event kinds
 * produce nothing: Meta adds both without notice.
 */

/** Meta sends ids as strings, but some older samples and tools send numbers. */
const id = z.union([z.string(), z.number()]).transform(String);

/** Epoch time: milliseconds in messaging events, seconds in feed changes; some docs show strings. */
export const epochSchema = z.union([z.number(), z.string().regex(/^\d+$/).transform(Number)]);

const attachmentSchema = z.object({
  type: z.string(),
  title: z.string().optional(),
  url: z.string().optional(),
  payload: z
    .object({
      url: z.string().optional(),
      title: z.string().optional(),
      sticker_id: id.optional(),
      coordinates: z.object({ lat: z.number(), long: z.number() }).optional(),
    })
    .nullish(),
});
export type MessengerAttachment = z.infer<typeof attachmentSchema>;

const messageSchema = z.object({
  mid: z.string().min(1),
  text: z.string().optional(),
  is_echo: z.boolean().optional(),
  // Instagram documents is_deleted as the string "true"; accept both spellings.
  is_deleted: z.union([z.boolean(), z.literal("true").transform(() => true)]).optional(),
  app_id: id.optional(),
  metadata: z.string().optional(),
  quick_reply: z.object({ payload: z.string() }).optional(),
  reply_to: z.object({ mid: z.string() }).optional(),
  attachments: z.array(attachmentSchema).optional(),
});

export const messagingEventSchema = z.object({
  sender: z.object({ id: id.optional() }),
  recipient: z.object({ id: id.optional() }),
  timestamp: epochSchema.optional(),
  message: messageSchema.optional(),
  message_edit: z
    .object({ mid: z.string().min(1), text: z.string(), num_edit: epochSchema.optional() })
    .optional(),
  delivery: z.object({ mids: z.array(z.string()).optional(), watermark: epochSchema }).optional(),
  read: z.object({ watermark: epochSchema }).optional(),
  postback: z
    .object({ mid: z.string().optional(), title: z.string().optional(), payload: z.string().optional() })
    .optional(),
});
export type MessagingEvent = z.infer<typeof messagingEventSchema>;

export const feedValueSchema = z.object({
  item: z.string(),
  verb: z.string(),
  comment_id: id.optional(),
  post_id: id.optional(),
  parent_id: id.optional(),
  from: z.object({ id: id, name: z.string().optional() }).optional(),
  message: z.string().optional(),
  created_time: epochSchema.optional(),
  photo: z.string().optional(),
  video: z.string().optional(),
  post: z
    .object({
      id: id.optional(),
      permalink_url: z.string().optional(),
      status_type: z.string().optional(),
    })
    .optional(),
});
export type FeedValue = z.infer<typeof feedValueSchema>;

export const pageEntrySchema = z.object({
  id: id,
  time: epochSchema.optional(),
  messaging: z.array(z.unknown()).optional(),
  standby: z.array(z.unknown()).optional(),
  changes: z.array(z.object({ field: z.string(), value: z.unknown() })).optional(),
});
export type PageEntry = z.infer<typeof pageEntrySchema>;

export const pageWebhookSchema = z.object({
  object: z.string(),
  entry: z.array(pageEntrySchema),
});
export type PageWebhook = z.infer<typeof pageWebhookSchema>;

/** Meta's epoch fields in either unit, as a Date: below 10^11 they can only be seconds. */
export function epochDate(value: number): Date {
  return new Date(value < 1e11 ? value * 1000 : value);
}
