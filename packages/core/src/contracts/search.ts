import { z } from "zod";
import {
  channelSchema,
  conversationStatusSchema,
  directionSchema,
  timelineKindSchema,
} from "../channel/channel.ts";
import { identityKindSchema } from "../identity/identity-kind.ts";
import { cursorSchema, idSchema, limitSchema } from "./common.ts";

/**
 * One search box over customers and what they wrote (`search.query`). Customers come on the first
 * page only; items (messages, call transcripts, notes, forum posts) page by keyset cursor.
 */
export const searchFiltersSchema = z
  .object({
    channels: z.array(channelSchema).max(6).optional().describe("Only items on these channels"),
    direction: directionSchema.optional().describe("Only inbound, outbound or internal items"),
    from: z.coerce.date().optional().describe("Items at or after this moment"),
    to: z.coerce.date().optional().describe("Items before this moment"),
    statuses: z
      .array(conversationStatusSchema)
      .max(4)
      .optional()
      .describe("Only items whose conversation has one of these statuses"),
    teamId: idSchema.optional().describe("Only items whose conversation belongs to this team"),
    assigneeId: idSchema
      .nullable()
      .optional()
      .describe("Only items whose conversation is assigned to this agent; null: unassigned"),
  })
  .refine((f) => !f.from || !f.to || f.from < f.to, {
    path: ["to"],
    message: "The end of the date range must be after its start",
  });
export type SearchFilters = z.infer<typeof searchFiltersSchema>;

export const searchQueryInputSchema = z.object({
  query: z
    .string()
    .trim()
    .min(2, "Type at least two characters")
    .max(200)
    .describe(
      "Words from a message, a name (Mueller finds Müller), part of an e-mail address or phone number, a handle, a contract or card reference",
    ),
  filters: searchFiltersSchema.default({}),
  cursor: cursorSchema.optional().describe("Where the previous page of items ended"),
  limit: limitSchema(50, 20),
});
export type SearchQueryInput = z.infer<typeof searchQueryInputSchema>;

/** Highlighted text without markup: the console renders `match` parts as marks, never as HTML. */
export const snippetSchema = z.array(z.object({ text: z.string(), match: z.boolean() }));
export type Snippet = z.infer<typeof snippetSchema>;

export const SEARCH_CUSTOMER_MATCHES = ["name", "identity", "product"] as const;

export const searchCustomerHitSchema = z.object({
  customerId: idSchema.describe("Always a live customer: a merged-away match resolves to its survivor"),
  displayName: z.string(),
  matchedOn: z.enum(SEARCH_CUSTOMER_MATCHES).describe("What matched: the name, an identity or a product"),
  /** The identity value, product reference or name that matched, highlighted. */
  matched: snippetSchema,
  identityKind: identityKindSchema.nullable().describe("For identity matches: which kind"),
});
export type SearchCustomerHit = z.infer<typeof searchCustomerHitSchema>;

export const searchItemHitSchema = z.object({
  eventId: idSchema,
  customerId: idSchema
    .nullable()
    .describe("The live customer (survivor of merges); null for unknown callers"),
  customerName: z.string().nullable(),
  conversationId: idSchema.nullable(),
  conversationStatus: conversationStatusSchema.nullable(),
  assigneeName: z.string().nullable(),
  teamName: z.string().nullable(),
  channel: channelSchema,
  kind: timelineKindSchema,
  direction: directionSchema,
  occurredAt: z.string().describe("ISO 8601"),
  authorName: z.string().nullable(),
  subject: z.string().nullable(),
  snippet: snippetSchema.describe("The best passage of the body (or subject), matches marked"),
});
export type SearchItemHit = z.infer<typeof searchItemHitSchema>;

export const searchQueryResultSchema = z.object({
  customers: z.array(searchCustomerHitSchema).describe("First page only (no cursor): up to 10"),
  items: z.array(searchItemHitSchema),
  nextCursor: z.string().nullable(),
});
export type SearchQueryResult = z.infer<typeof searchQueryResultSchema>;
