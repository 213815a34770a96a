import type { RealtimeEvent } from "@emma/core";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type EmmaDatabase } from "../db/connect.ts";
import { publish } from "./publish.ts";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { postgresOnly } from "../test/postgres-only.ts";
import { testDatabaseUrl } from "../test/test-database.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";

let first: TestApp;
let second: TestApp | undefined;
let secondDatabase: EmmaDatabase | undefined;
let connectorId: string;

beforeAll(async () => {
  first = await createTestApp();
  connectorId = await createTestConnector(first.database.db, "email");
  const url = testDatabaseUrl();
  if (url) {
    // A second API instance on the same PostgreSQL schema: it must hear what the first one commits.
    const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
      first.database.db,
    );
    secondDatabase = await openDatabase({ url, schema: rows[0]?.schema, poolSize: 2 });
  }
});
afterAll(async () => {
  await first.close();
  await secondDatabase?.close();
});

/** Collects events from a subscription until `count` arrived or the time is up (then it aborts it). */
async function collect(
  stream: AsyncGenerator<RealtimeEvent>,
  count: number,
  timeoutMs: number,
  controller?: AbortController,
): Promise<RealtimeEvent[]> {
  const events: RealtimeEvent[] = [];
  const timer = setTimeout(
    () => (controller ? controller.abort() : void stream.return(undefined)),
    timeoutMs,
  );
  for await (const event of stream) {
    events.push(event);
    if (events.length >= count) break;
  }
  clearTimeout(timer);
  return events;
}

/** The conversation of an event whose notification was lost. */
const LOST = "00000000-0000-4000-8000-000000001057";
const READABLE = "00000000-0000-4000-8000-00000000aead";

describe("realtime", () => {
  it("delivers a committed ingest to a subscribed console within a second", async () => {
    const controller = new AbortController();
    const stream = first.app.services.realtime.subscribe(first.users.agent.id, null, controller.signal);
    const pending = collect(stream, 1, 1000);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await ingestMessages(first.database.db, connectorId, [message("email")]);
    const events = await pending;
    controller.abort();
    expect(events.map((e) => e.topic)).toContain("timeline.created");
  });

  it("resumes after the last event id without losing what happened in between", async () => {
    await ingestMessages(first.database.db, connectorId, [message("email")]);
    const last = await first.database.db
      .selectFrom("realtime_events")
      .select(sql<string>`max(id)::text`.as("id"))
      .executeTakeFirstOrThrow();
    await ingestMessages(first.database.db, connectorId, [
      message("email", { text: "während der Verbindung weg war" }),
    ]);
    const stream = first.app.services.realtime.subscribe(first.users.agent.id, last.id, undefined);
    const events = await collect(stream, 1, 1000);
    expect(events).toHaveLength(1);
    expect(BigInt(events[0]?.id ?? "0")).toBeGreaterThan(BigInt(last.id));
  });

  it("catches up on events whose notification was lost (a listener reconnect)", async () => {
    const controller = new AbortController();
    const stream = first.app.services.realtime.subscribe(first.users.agent.id, null, controller.signal);
    // Earlier tests' notifications may still arrive; collect a few and look for ours.
    const pending = collect(stream, 5, 600, controller);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // Stored but never announced, as if the NOTIFY fell into a reconnect gap.
    await first.database.db
      .insertInto("realtime_events")
      .values({
        topic: "conversation.changed",
        user_ids: null,
        payload: JSON.stringify({ conversationId: LOST }),
      })
      .execute();
    await first.app.services.realtime.catchUp();
    const events = await pending;
    controller.abort();
    expect(events.map((e) => e.payload)).toContainEqual({ conversationId: LOST });
  });

  it("skips a stored event it cannot read and still delivers the next one", async () => {
    const controller = new AbortController();
    const stream = first.app.services.realtime.subscribe(first.users.agent.id, null, controller.signal);
    const pending = collect(stream, 5, 600, controller);
    await new Promise((resolve) => setTimeout(resolve, 20));
    // As another API version might have stored them: an unknown topic, then a payload of the wrong shape.
    await first.database.db
      .insertInto("realtime_events")
      .values([
        { topic: "customer.deleted", user_ids: null, payload: JSON.stringify({ customerId: LOST }) },
        { topic: "conversation.changed", user_ids: null, payload: JSON.stringify({ conversation: LOST }) },
        {
          topic: "conversation.changed",
          user_ids: null,
          payload: JSON.stringify({ conversationId: READABLE }),
        },
      ])
      .execute();
    await first.app.services.realtime.catchUp();
    const events = await pending;
    controller.abort();
    const payloads = events.map((e) => e.payload);
    expect(payloads).toContainEqual({ conversationId: READABLE });
    expect(payloads).not.toContainEqual({ customerId: LOST });
    expect(payloads).not.toContainEqual({ conversation: LOST });
  });

  it("refuses to store an event whose payload breaks its topic's contract", async () => {
    const broken = { conversationId: "not-an-id" };
    await expect(
      publish(first.database.db, { topic: "conversation.changed", userIds: null, payload: broken }),
    ).rejects.toThrow();
  });

  it.runIf(postgresOnly("the two-instance realtime test"))(
    "reaches consoles on a second API instance through PostgreSQL",
    async () => {
      if (!secondDatabase) throw new Error("second database missing");
      second = await createTestApp({ database: secondDatabase, existingUsers: first.users });
      const controller = new AbortController();
      const stream = second.app.services.realtime.subscribe(first.users.agent.id, null, controller.signal);
      const pending = collect(stream, 1, 1000);
      await new Promise((resolve) => setTimeout(resolve, 50));
      const started = performance.now();
      await ingestMessages(first.database.db, connectorId, [message("email")]);
      const events = await pending;
      controller.abort();
      expect(events.map((e) => e.topic)).toContain("timeline.created");
      expect(performance.now() - started).toBeLessThan(1000);
      await second.app.close();
    },
  );
});
