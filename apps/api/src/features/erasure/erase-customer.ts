import type { Transaction } from "kysely";
import type { Database } from "../../db/schema.ts";
import type { Logger } from "../../services.ts";
import { eraseConversations } from "./erase-conversations.ts";
import { eraseIdentities } from "./erase-identities.ts";
import { eraseItems } from "./erase-items.ts";
import { eraseRawEvents } from "./erase-raw-events.ts";
import { eraseCustomerRecords, eraseFiles, eraseLogs, eraseMergeTraces } from "./erase-traces.ts";
import { lockErasureScope, personalStrings } from "./erasure-records.ts";
import type { TombstoneKey } from "./tombstone-key.ts";

export interface EraseCustomerProps {
  customerId: string;
  erasureId: string;
  at: Date;
  key: TombstoneKey;
  logger: Logger;
}

/** What an erasure removed, by kind: counts only, so the summary itself names nobody. */
export type ErasureSummary = Record<
  | "customers"
  | "identities"
  | "conversations"
  | "items"
  | "rawEvents"
  | "files"
  | "outbox"
  | "consents"
  | "products"
  | "merges"
  | "mergeSuggestions"
  | "auditEntries"
  | "realtimeEvents",
  number
>;

/**
 * Erases a person everywhere they live (DESIGN invariant 8), inside the caller's transaction: all or
 * nothing. The customer asked for is resolved to the person (its merge chain's root and every record
 * merged into it, core's `erasureScope`). Counts, channels, directions, times, durations, statuses
 * and assignees stay, so reports stay true; names, identifiers, texts and files go.
 */
export async function eraseCustomer(
  trx: Transaction<Database>,
  props: EraseCustomerProps,
): Promise<ErasureSummary> {
  const { at, key } = props;
  const { ids } = await lockErasureScope(trx, props.customerId);
  const strings = await personalStrings(trx, ids);
  const items = await eraseItems(trx, { ids, at, key });
  const conversations = await eraseConversations(trx, { ids, at, key });
  const identities = await eraseIdentities(trx, { ids, erasureId: props.erasureId, at, key });
  const rawEvents = await eraseRawEvents(trx, {
    eventIds: [...items.inboundEventIds, ...identities.firstEventIds],
    strings,
    key,
  });
  const files = await eraseFiles(trx, [...items.fileHashes, ...conversations.fileHashes]);
  const merges = await eraseMergeTraces(trx, { ids, at });
  const logs = await eraseLogs(trx, { ids, conversationIds: conversations.conversationIds, strings });
  const records = await eraseCustomerRecords(trx, { ids, at });
  const summary: ErasureSummary = {
    ...records,
    identities: identities.identities,
    conversations: conversations.conversations,
    items: items.items,
    rawEvents,
    files,
    outbox: conversations.outbox,
    ...merges,
    ...logs,
  };
  props.logger.info("erasure: customer erased", { erasureId: props.erasureId, ...summary });
  return summary;
}
