import { randomUUID } from "node:crypto";
import type { CustomerChannel, InboundMessageInput } from "@emma/core";
import type { Kysely } from "kysely";
import type { Database } from "../db/schema.ts";
import { ingest, type IngestResult } from "../ingest/ingest.ts";
import { EMAIL_CONTENT_TYPE, NORMALIZED_CONTENT_TYPE, dedupeKeyOf } from "@emma/connectors";
import { encodeBody, type RawInboundEvent } from "../ingest/store-inbound-event.ts";
import type { Logger } from "../services.ts";
import { TEST_TOMBSTONE_KEY, memoryLogger } from "./test-app.ts";

export async function createTestConnector(db: Kysely<Database>, kind: string, name = kind): Promise<string> {
  const row = await db
    .insertInto("connectors")
    .values({ kind, name, config: JSON.stringify({}) })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** An email connector with a complete config (mailbox service@bank.example), so raw mail parses. */
export async function createTestMailbox(db: Kysely<Database>): Promise<string> {
  const row = await db
    .insertInto("connectors")
    .values({
      kind: "email",
      name: "Service",
      config: JSON.stringify({
        imap: { host: "127.0.0.1", user: "service" },
        smtp: { host: "127.0.0.1" },
        address: "service@bank.example",
        displayName: "Bank Service",
        messageIdDomain: "bank.example",
      }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

/** Raw mail as the poller and `emma import` store it. */
export function rawMailEvent(connectorId: string, raw: Buffer): RawInboundEvent {
  return {
    connectorId,
    dedupeKey: dedupeKeyOf(raw),
    contentType: EMAIL_CONTENT_TYPE,
    headers: {},
    ...encodeBody(raw),
    receivedAt: new Date(),
  };
}

/** Sends raw mail through the one ingest path. */
export function ingestRawMail(db: Kysely<Database>, connectorId: string, raw: Buffer): Promise<IngestResult> {
  return ingest(db, memoryLogger(), rawMailEvent(connectorId, raw), TEST_TOMBSTONE_KEY);
}

/** Sends messages through the one ingest path, as a connector would. */
export function ingestMessages(
  db: Kysely<Database>,
  connectorId: string,
  messages: InboundMessageInput[],
  options: { dedupeKey?: string; log?: Logger } = {},
): Promise<IngestResult> {
  return ingest(
    db,
    options.log ?? memoryLogger(),
    {
      connectorId,
      dedupeKey: options.dedupeKey ?? randomUUID(),
      contentType: NORMALIZED_CONTENT_TYPE,
      headers: {},
      body: JSON.stringify(messages),
      receivedAt: new Date(),
    },
    TEST_TOMBSTONE_KEY,
  );
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
