import { createHash } from "node:crypto";
import { z } from "zod";
import type { RawDelivery } from "../connector.ts";

// Items are kept as X sent them (unknown fields too); only what paging needs is read here.
const pageSchema = z.object({
  data: z.array(z.unknown()).max(1000).default([]),
  includes: z.object({ users: z.array(z.unknown()).max(2000).optional() }).optional(),
  meta: z
    .object({
      next_token: z.string().min(1).max(500).optional(),
      newest_id: z.string().max(30).optional(),
    })
    .optional(),
});
const idOf = z.object({ id: z.string().regex(/^\d{1,20}$/) });

export interface XPageItem {
  /** X's id of the item, when it has a readable one. */
  id: string | undefined;
  delivery: RawDelivery;
}

export interface XPage {
  items: XPageItem[];
  nextToken: string | undefined;
}

/**
 * Splits a v2 list response into one raw delivery per item: `{ data: item, includes: { users } }`
 * with the users the item names. An item Emma cannot read is stored all the same (its parse then
 * fails visibly) rather than dropped.
 */
export function splitXPage(
  body: unknown,
  contentType: string,
  prefix: string,
  usersOf: (item: unknown) => string[],
): XPage {
  const page = pageSchema.parse(body);
  const users = page.includes?.users ?? [];
  const items = page.data.map((item): XPageItem => {
    const id = idOf.safeParse(item).data?.id;
    const named = new Set(usersOf(item));
    const itemUsers = users.filter((user) => {
      const userId = idOf.safeParse(user).data?.id;
      return userId !== undefined && named.has(userId);
    });
    const raw = Buffer.from(JSON.stringify({ data: item, includes: { users: itemUsers } }));
    const dedupeKey = `${prefix}:${id ?? createHash("sha256").update(raw).digest("hex")}`;
    return { id, delivery: { dedupeKey, contentType, body: raw } };
  });
  return { items, nextToken: page.meta?.next_token };
}

/** The string fields of an item that name users (author_id, in_reply_to_user_id, sender_id). */
export function userFields(...fields: string[]): (item: unknown) => string[] {
  const schema = z.record(z.string(), z.unknown());
  return (item) => {
    const record = schema.safeParse(item).data ?? {};
    return fields.map((field) => record[field]).filter((value): value is string => typeof value === "string");
  };
}
