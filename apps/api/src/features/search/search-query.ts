import { readSearchQuery, type CountryCode, type SearchQueryInput, type SearchQueryResult } from "@emma/core";
import type { Kysely } from "kysely";
import type { ReadAuditLog } from "../../audit/read-audit-log.ts";
import type { Database } from "../../db/schema.ts";
import type { Caller } from "../../trpc/context.ts";
import { decodeCursor, encodeCursor } from "../timeline/timeline-cursor.ts";
import { findCustomers } from "./find-customers.ts";
import { findItems } from "./find-items.ts";
import { presentCustomerHit, presentItemHit } from "./search-presenter.ts";

interface SearchQueryProps {
  caller: Caller;
  audit: ReadAuditLog;
  input: SearchQueryInput;
  defaultCountry: CountryCode;
  ip: string | null;
  now: Date;
}

/**
 * The search box: customers (first page only) by name, identity or product reference, and items by
 * their words, newest first. A search that shows anyone's data is audited with what was typed: the
 * audit log is the supervisor's answer to "who searched for whom", and the words are that answer.
 */
export async function searchQuery(db: Kysely<Database>, props: SearchQueryProps): Promise<SearchQueryResult> {
  const { input } = props;
  const plan = readSearchQuery(input.query, props.defaultCountry);
  const after = input.cursor ? decodeCursor(input.cursor) : null;
  const { textQuery, highlightQuery } = plan;
  const [customerRows, itemRows] = await Promise.all([
    after ? [] : findCustomers(db, plan),
    textQuery === null || highlightQuery === null
      ? []
      : findItems(db, {
          query: input.query,
          plan: { ...plan, textQuery, highlightQuery },
          filters: input.filters,
          after,
          limit: input.limit,
        }),
  ]);
  const page = itemRows.slice(0, input.limit);
  const last = page.at(-1);
  const result: SearchQueryResult = {
    customers: customerRows.map((row) => presentCustomerHit(row, plan)),
    items: page.map(presentItemHit),
    nextCursor:
      itemRows.length > input.limit && last ? encodeCursor({ occurredAt: last.position, id: last.id }) : null,
  };
  if (result.customers.length + result.items.length > 0) {
    const shown = new Set([...result.customers, ...result.items].map((hit) => hit.customerId));
    props.audit.record({
      actorUserId: props.caller.userId,
      action: "customer.searched",
      subjectType: "customer",
      subjectId: null,
      ip: props.ip,
      at: props.now,
      details: {
        procedure: "search.query",
        query: input.query,
        filters: input.filters,
        page: after ? "next" : "first",
        lookups: lookupsOf(plan),
        customers: result.customers.length,
        items: result.items.length,
        customerIds: [...shown].filter((id) => id !== null),
      },
    });
  }
  return result;
}

/** Which kinds of lookup the query was read as, for the audit: name, identity, phone, product, text. */
function lookupsOf(plan: ReturnType<typeof readSearchQuery>): string[] {
  const lookups: [string, boolean][] = [
    ["name", plan.nameWords.length > 0],
    ["identity", plan.identity !== null],
    ["phone", plan.phoneDigits !== null],
    ["product", plan.reference !== null],
    ["text", plan.textQuery !== null],
  ];
  return lookups.filter(([, used]) => used).map(([name]) => name);
}
