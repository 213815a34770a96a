import { z } from "zod";
import { xIdSchema } from "./x-ids.ts";
import { xIncludesSchema, xPostSchema, xUserSchema } from "./x-objects.ts";

/**
 * X Activity API (XAA) deliveries, as X posts them to a v2 webhook: one event in a `data` envelope.
 * https://docs.x.com/x-api/activity/event-payloads
 */
const envelopeFields = {
  // Negative in some of X's own samples ("-3577827201104920132"): any integer, as text.
  event_uuid: z.string().regex(/^-?\d{1,20}$/, "event_uuid is an integer as text"),
  filter: z.object({ user_id: xIdSchema.optional() }).optional(),
  tag: z.string().max(200).optional(),
};

/** post.create (ours), post.mention.create, post.reply.create: the payload is a post. */
const postEventSchema = z.object({
  ...envelopeFields,
  event_type: z.enum(["post.create", "post.mention.create", "post.reply.create"]),
  payload: xPostSchema,
  includes: xIncludesSchema.optional(),
});

const deleteEventSchema = z.object({
  ...envelopeFields,
  event_type: z.literal("post.delete"),
  payload: z.object({ id: xIdSchema, author_id: xIdSchema.optional() }),
});

/** The legacy (unencrypted) DM events carry v1.1-shaped message_create events and a users map. */
export const legacyDmEventSchema = z.object({
  type: z.string().max(50),
  id: xIdSchema,
  created_timestamp: z.string().regex(/^\d{1,15}$/, "created_timestamp is epoch milliseconds as text"),
  message_create: z
    .object({
      target: z.object({ recipient_id: xIdSchema }),
      sender_id: xIdSchema,
      message_data: z.object({
        text: z.string().max(100_000),
        attachment: z.object({ type: z.string().max(50) }).optional(),
      }),
    })
    .optional(),
});
export type LegacyDmEvent = z.infer<typeof legacyDmEventSchema>;

const dmEventSchema = z.object({
  ...envelopeFields,
  event_type: z.enum(["dm.received", "dm.sent"]),
  payload: z.object({
    direct_message_events: z.array(legacyDmEventSchema).max(100),
    users: z.record(z.string(), z.object({ data: xUserSchema })).optional(),
  }),
});

export type XaaPostEvent = z.infer<typeof postEventSchema>;
export type XaaDeleteEvent = z.infer<typeof deleteEventSchema>;
export type XaaDmEvent = z.infer<typeof dmEventSchema>;

/** The event types Emma subscribes to and reads; anything else is stored and skipped. */
export const XAA_EVENT_TYPES = [
  "dm.received",
  "dm.sent",
  "post.mention.create",
  "post.reply.create",
  "post.create",
  "post.delete",
] as const;

const envelopeSchema = z.object({
  data: z.object({ ...envelopeFields, event_type: z.string().min(1).max(100) }),
});

export type XaaDelivery =
  | { kind: "post"; event: XaaPostEvent }
  | { kind: "delete"; event: XaaDeleteEvent }
  | { kind: "dm"; event: XaaDmEvent }
  | { kind: "other"; eventType: string; eventUuid: string; filterUserId: string | undefined };

/**
 * Reads one delivery: the envelope first, then the payload by its event type, so a known event with
 * a broken payload is an error rather than an event Emma skips. Throws a ZodError (or SyntaxError).
 */
export function readXaaDelivery(body: string): XaaDelivery {
  const json: unknown = JSON.parse(body);
  const { data } = envelopeSchema.parse(json);
  switch (data.event_type) {
    case "post.create":
    case "post.mention.create":
    case "post.reply.create":
      return { kind: "post", event: z.object({ data: postEventSchema }).parse(json).data };
    case "post.delete":
      return { kind: "delete", event: z.object({ data: deleteEventSchema }).parse(json).data };
    case "dm.received":
    case "dm.sent":
      return { kind: "dm", event: z.object({ data: dmEventSchema }).parse(json).data };
    default:
      return {
        kind: "other",
        eventType: data.event_type,
        eventUuid: data.event_uuid,
        filterUserId: data.filter?.user_id,
      };
  }
}
