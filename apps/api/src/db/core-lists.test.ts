import {
  CHANNELS,
  CONSENT_HOWS,
  CONSENT_PURPOSES,
  CONSENT_STATES,
  CUSTOMER_CHANNELS,
  CONVERSATION_STATUSES,
  DIRECTIONS,
  IDENTITY_KINDS,
  LOCALES,
  MACRO_ASSIGNEES,
  MACRO_STATUSES,
  PRIORITIES,
  PRODUCT_KINDS,
  PRODUCT_STATUSES,
  ROLES,
  TIMELINE_KINDS,
} from "@emma/core";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/test-database.ts";
import type { EmmaDatabase } from "./connect.ts";

/**
 * Every check constraint that lists values of one of core's lists, as `table.column`. A new channel
 * or kind in core fails here until a migration widens the constraint (and the reverse: a migration
 * that adds a value core does not know).
 */
const CORE_LISTS: Record<string, readonly string[]> = {
  "identities.kind": IDENTITY_KINDS,
  "conversations.channel": CHANNELS,
  "conversations.status": CONVERSATION_STATUSES,
  "conversations.priority": PRIORITIES,
  "timeline_events.channel": CHANNELS,
  "timeline_events.kind": TIMELINE_KINDS,
  "timeline_events.direction": DIRECTIONS,
  "users.role": ROLES,
  "users.locale": LOCALES,
  "canned_responses.locale": LOCALES,
  "customer_products.kind": PRODUCT_KINDS,
  "customer_products.status": PRODUCT_STATUSES,
  "macros.assignee": MACRO_ASSIGNEES,
  "macros.status_after": MACRO_STATUSES,
  "consents.channel": CUSTOMER_CHANNELS,
  "consents.purpose": CONSENT_PURPOSES,
  "consents.state": CONSENT_STATES,
  "consents.how": CONSENT_HOWS,
};

let database: EmmaDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

/** `table.column` → the values its `column in (…)` check allows, from the migrated database itself. */
async function checkedLists(): Promise<Map<string, string[]>> {
  const { rows } = await sql<{ table: string; definition: string }>`
    select t.relname as table, pg_get_constraintdef(c.oid) as definition
    from pg_constraint c join pg_class t on t.oid = c.conrelid
    where c.contype = 'c' and t.relnamespace = current_schema()::regnamespace
  `.execute(database.db);
  const lists = new Map<string, string[]>();
  for (const { table, definition } of rows) {
    // PostgreSQL prints `column in (…)` as `(column = ANY (ARRAY['a'::text, 'b'::text]))`.
    const list = /\(\(?(\w+) = ANY \(+ARRAY\[([^\]]*)\]/.exec(definition);
    if (!list?.[1] || list[2] === undefined) continue;
    const values = [...list[2].matchAll(/'([^']*)'/g)].map((match) => match[1] ?? "");
    lists.set(`${table}.${list[1]}`, values.sort());
  }
  return lists;
}

describe("the database's check constraints and core's lists", () => {
  it("allow exactly the values of core's lists", async () => {
    const lists = await checkedLists();
    for (const [column, values] of Object.entries(CORE_LISTS)) {
      expect(lists.get(column), column).toEqual([...values].sort());
    }
  });
});
