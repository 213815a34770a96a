import type { KeyObject } from "node:crypto";
import type { CountryCode } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { demoCustomers, type DemoContact } from "../demo/index.ts";
import { ingest } from "../ingest/ingest.ts";
import { tombstoneKeyFrom } from "../features/erasure/tombstone-key.ts";
import { NORMALIZED_CONTENT_TYPE } from "@emma/connectors";
import type { Logger } from "../services.ts";
import { sweepAfterImport } from "../features/matching/sweep-after-import.ts";
import { ensureDemoConnectors } from "./demo-connectors.ts";
import { importCustomerRecord } from "./seed-customer.ts";
import { seedCannedResponses } from "./seed-canned-responses.ts";
import { seedStaff } from "./seed-staff.ts";

export interface SeedOptions {
  customers: number;
  seed: number;
  now: Date;
  defaultCountry: CountryCode;
  secretKey: KeyObject;
  onProgress?: (done: number, total: number) => void;
}

export interface SeedSummary {
  customersImported: number;
  messagesIngested: number;
  duplicatesSkipped: number;
}

/**
 * Deterministic demo data. Conversations go through the one ingest path, message by message, as
 * connectors would deliver them, so identity resolution and merge suggestions happen for real.
 * Running it twice changes nothing.
 */
export async function seedDemo(
  db: Kysely<Database>,
  log: Logger,
  options: SeedOptions,
): Promise<SeedSummary> {
  const { agentIds, teamIds } = await seedStaff(db);
  await seedCannedResponses(db, teamIds);
  const connectors = await ensureDemoConnectors(db, options.secretKey);
  const summary: SeedSummary = { customersImported: 0, messagesIngested: 0, duplicatesSkipped: 0 };
  const tombstoneKey = tombstoneKeyFrom(options.secretKey);
  let done = 0;
  for (const customer of demoCustomers({
    customers: options.customers,
    seed: options.seed,
    now: options.now,
  })) {
    if (await importCustomerRecord(db, customer, options.defaultCountry)) summary.customersImported++;
    for (const contact of customer.contacts) {
      const connectorId = connectors[contact.channel];
      for (const message of contact.messages) {
        const result = await ingest(
          db,
          log,
          {
            connectorId,
            dedupeKey: message.externalId,
            contentType: NORMALIZED_CONTENT_TYPE,
            headers: {},
            body: JSON.stringify([message]),
            receivedAt: new Date(message.occurredAt),
          },
          tombstoneKey,
        );
        if (result.duplicate) summary.duplicatesSkipped++;
        else summary.messagesIngested++;
      }
      if (!contact.messages.length) continue;
      await routeConversation(db, connectorId, contact, {
        teamId: teamIds.get(contact.team) ?? null,
        // Every third open conversation is already with an agent, so "mine" queues are not empty.
        assigneeId:
          contact.status !== "resolved" && customer.index % 3 === 0
            ? (agentIds[customer.index % agentIds.length] ?? null)
            : null,
        now: options.now,
      });
    }
    done++;
    if (done % 100 === 0) options.onProgress?.(done, options.customers);
  }
  // The records came from the core-banking import: the matcher compares them all, as after any import.
  await sweepAfterImport(db, log, options.now);
  return summary;
}

async function routeConversation(
  db: Kysely<Database>,
  connectorId: string,
  contact: DemoContact,
  routing: { teamId: string | null; assigneeId: string | null; now: Date },
): Promise<void> {
  const last = contact.messages.at(-1);
  const settled = contact.status === "resolved" || contact.status === "pending";
  await db
    .updateTable("conversations")
    .set({
      team_id: routing.teamId,
      assignee_id: routing.assigneeId,
      status: contact.status,
      resolved_at: contact.status === "resolved" && last ? new Date(last.occurredAt) : null,
      // Settled (core's waiting rule) when resolved or pending on the customer: nobody waits on us.
      ...(settled && last ? { waiting_since: null, answered_at: new Date(last.occurredAt) } : {}),
    })
    .where("connector_id", "=", connectorId)
    .where("external_thread_key", "=", contact.threadKey)
    .execute();
}
