import { randomUUID } from "node:crypto";
import type { CustomerChannel, InboundMessageInput } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { ingest, type IngestResult } from "../ingest/ingest.ts";
import { NORMALIZED_CONTENT_TYPE } from "@emma/connectors";
import type { Logger } from "../services.ts";
import { memoryLogger } from "./test-app.ts";

export async function createTestConnector(db: Kysely<Database>, kind: string, name = kind): Promise<string> {
  const row = await db
    .insertInto("connectors")
    .values({ kind, name, config: JSON.stringify({}) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Sends messages through the one ingest path, as a connector would. */
export function ingestMessages(
  db: Kysely<Database>,
  connectorId: string,
  messages: InboundMessageInput[],
  options: { dedupeKey?: string; log?: Logger } = {},
): Promise<IngestResult> {
  return ingest(db, options.log ?? memoryLogger(), {
    connectorId,
    dedupeKey: options.dedupeKey ?? randomUUID(),
    contentType: NORMALIZED_CONTENT_TYPE,
    headers: {},
    body: JSON.stringify(messages),
    receivedAt: new Date(),
  });
}

let counter = 0;
/** A plausible inbound message; override what the test is about. */
export function message(
  channel: CustomerChannel,
  overrides: Partial<InboundMessageInput> = {},
): InboundMessageInput {
  counter += 1;
  const identities: InboundMessageInput["author"]["identities"] =
    channel === "email"
      ? [{ kind: "email", value: `kunde${counter}@example.de` }]
      : channel === "phone"
        ? [{ kind: "phone", value: `+4917100${String(counter).padStart(5, "0")}` }]
        : channel === "forum"
          ? [
              {
                kind: "forum",
                value: String(1000 + counter),
                site: "community.example.de",
                display: `user${counter}`,
              },
            ]
          : [{ kind: channel, value: String(900000 + counter) }];
  return {
    channel,
    kind: channel === "phone" ? "call" : channel === "forum" ? "forum_post" : "message",
    externalId: `ext-${counter}-${randomUUID()}`,
    threadKey: `thread-${counter}`,
    occurredAt: new Date(Date.UTC(2026, 0, 1, 12, 0, counter)),
    direction: "inbound",
    author: { name: `Kunde ${counter}`, identities },
    text: `Nachricht ${counter}`,
    ...(channel === "phone"
      ? { call: { status: "completed", from: "+4917100000", to: "+4930123456", durationSeconds: 60 } }
      : {}),
    ...overrides,
  };
}
