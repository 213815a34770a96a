import { mergeMovedSchema, parseMergeReasons, responseClock, type ServiceSettings } from "@emma/core";
import type { Selectable } from "kysely";
import type {
  ConversationRow,
  CustomerProductsTable,
  CustomerRow,
  IdentityRow,
  MergesTable,
} from "../../db/schema.ts";
import { presentConversationSummary } from "../conversations/conversation-presenter.ts";
import type { LiveSuggestionRow, SuggestedCustomer } from "../merges/live-suggestions.ts";
import type { ForumReputation } from "./forum-reputation.ts";

export function presentIdentity(row: IdentityRow) {
  return {
    id: row.id,
    kind: row.kind,
    value: row.value,
    display: row.display,
    since: row.created_at.toISOString(),
  };
}

/** Agents verify callers by the last digits; the full number stays in the system of record. */
export function maskReference(reference: string): string {
  const compact = reference.replace(/\s+/g, "");
  if (compact.length <= 4) return compact;
  return `${compact.slice(0, /^[A-Z]{2}\d{2}/.test(compact) ? 4 : 0)}…${compact.slice(-4)}`;
}

function presentProduct(row: Selectable<CustomerProductsTable>) {
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    // Cards show the masked card number the system of record gives, never the contract reference.
    reference:
      typeof row.details.maskedPan === "string" ? row.details.maskedPan : maskReference(row.reference),
    status: row.status,
    openedAt: row.opened_at,
    balanceMinor: row.balance_minor === null ? null : Number(row.balance_minor),
    currency: row.currency,
    sourceSystem: row.source_system,
    /** The source's own id, by which live data names the holding. */
    externalId: row.external_id,
    syncedAt: row.synced_at.toISOString(),
  };
}

/** Per source system, when it last sent this customer's holdings: what "as of" the list is. */
function presentHoldingSources(rows: readonly Selectable<CustomerProductsTable>[]) {
  const latest = new Map<string, Date>();
  for (const row of rows) {
    const known = latest.get(row.source_system);
    if (!known || row.synced_at > known) latest.set(row.source_system, row.synced_at);
  }
  return [...latest]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([sourceSystem, syncedAt]) => ({ sourceSystem, syncedAt: syncedAt.toISOString() }));
}

interface Customer360Rows {
  customer: CustomerRow;
  identities: IdentityRow[];
  products: Selectable<CustomerProductsTable>[];
  conversations: (ConversationRow & {
    assignee_name: string | null;
    solution_author_name: string | null;
    solution_excerpt: string | null;
  })[];
  /** Open suggestions, best first, seen through today's merges (liveSuggestionsOf). */
  suggestions: LiveSuggestionRow[];
  suggestedCustomers: Map<string, SuggestedCustomer>;
  merges: (Selectable<MergesTable> & { merged_by_name: string | null })[];
  service: ServiceSettings;
  /** null: the customer has no forum identity. */
  reputation: ForumReputation | null;
}

export function presentCustomer360(rows: Customer360Rows) {
  const { customer } = rows;
  const clock = responseClock(rows.service);
  return {
    id: customer.id,
    displayName: customer.display_name,
    /** The system of record's customer id; null until an import or the seed names it. */
    customerNumber: customer.customer_number,
    locale: customer.locale,
    tags: customer.tags,
    createdAt: customer.created_at.toISOString(),
    erased: customer.erased_at !== null,
    identities: rows.identities.map(presentIdentity),
    products: rows.products.map(presentProduct),
    holdingSources: presentHoldingSources(rows.products),
    openConversations: rows.conversations.map((row) => presentConversationSummary(row, clock)),
    /** What the customer did in the forum, in counts; null when they have no forum account. */
    forumReputation: rows.reputation,
    mergeSuggestions: rows.suggestions.map((row) => {
      const otherId = row.root_a === customer.id ? row.root_b : row.root_a;
      return {
        id: row.id,
        /** The other side as the live customer it is today. */
        otherCustomerId: otherId,
        other: rows.suggestedCustomers.get(otherId) ?? null,
        score: row.score,
        // Typed facts the console words in its language; never the ids or prose of older rows.
        reasons: parseMergeReasons(row.reasons),
        createdAt: row.created_at.toISOString(),
      };
    }),
    merges: rows.merges.map((row) => {
      const moved = mergeMovedSchema.safeParse(row.moved);
      return {
        id: row.id,
        absorbedId: row.absorbed_id,
        absorbedName: moved.success ? moved.data.absorbedName : null,
        evidence: parseMergeReasons(row.evidence),
        /** The agent's own words, shown as written. */
        reason: row.reason,
        mergedAt: row.merged_at.toISOString(),
        mergedById: row.merged_by,
        mergedByName: row.merged_by_name,
      };
    }),
  };
}
export type Customer360 = ReturnType<typeof presentCustomer360>;
