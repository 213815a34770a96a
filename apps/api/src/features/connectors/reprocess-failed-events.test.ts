import { randomUUID } from "node:crypto";
import { NORMALIZED_CONTENT_TYPE } from "@emma/connectors";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { ingestMessages, message } from "../../test/test-ingest.ts";
import { signingSecret } from "./connectors-test-kit.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

/** A raw event the worker gave up on, as if its processing had failed five times. */
async function failedEvent(connectorId: string, body: unknown[]) {
  return t.database.db
    .insertInto("inbound_events")
    .values({
      connector_id: connectorId,
      dedupe_key: randomUUID(),
      content_type: NORMALIZED_CONTENT_TYPE,
      body: JSON.stringify(body),
      status: "failed",
      attempts: 5,
      last_error: "database was restarting",
      received_at: new Date(),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
}

async function timelineCount(externalId: string) {
  const rows = await t.database.db
    .selectFrom("timeline_events")
    .select("id")
    .where("external_id", "=", externalId)
    .execute();
  return rows.length;
}

describe("processing failed events again", () => {
  it("puts a connector's failed events back to the worker, who writes their messages once", async () => {
    const admin = t.caller("admin");
    const { id } = await admin.connectors.create({
      kind: "emma-inbound",
      name: "Webhook mit Fehlern",
      secrets: { signingSecret },
    });
    const fresh = message("email");
    const seenBefore = message("email");
    // This message reached the timeline through another delivery before its event failed.
    await ingestMessages(t.database.db, id, [seenBefore]);
    const event = await failedEvent(id, [fresh, seenBefore]);
    expect((await admin.connectors.get({ connectorId: id })).health.failedEvents).toBe(1);

    expect(await admin.connectors.reprocessFailedEvents({ connectorId: id })).toEqual({ requeued: 1 });
    await t.app.services.inbound.idle();

    const stored = await t.database.db
      .selectFrom("inbound_events")
      .select(["status"])
      .where("id", "=", event.id)
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe("processed");
    expect(await timelineCount(fresh.externalId)).toBe(1);
    expect(await timelineCount(seenBefore.externalId)).toBe(1);
    expect((await admin.connectors.get({ connectorId: id })).health).toMatchObject({
      failedEvents: 0,
      backlog: 0,
    });

    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "actor_user_id", "details"])
      .where("subject_id", "=", id)
      .where("action", "=", "connector.events_reprocessed")
      .execute();
    expect(audit).toEqual([
      { action: "connector.events_reprocessed", actor_user_id: t.users.admin.id, details: { events: 1 } },
    ]);
  });

  it("changes nothing when nothing failed, and leaves other connectors' events alone", async () => {
    const admin = t.caller("admin");
    const mine = await admin.connectors.create({
      kind: "emma-inbound",
      name: "Ruhig",
      secrets: { signingSecret },
    });
    const other = await admin.connectors.create({
      kind: "emma-inbound",
      name: "Andere",
      secrets: { signingSecret },
    });
    await failedEvent(other.id, [message("email")]);

    expect(await admin.connectors.reprocessFailedEvents({ connectorId: mine.id })).toEqual({ requeued: 0 });
    expect((await admin.connectors.get({ connectorId: other.id })).health.failedEvents).toBe(1);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select("id")
      .where("subject_id", "=", mine.id)
      .where("action", "=", "connector.events_reprocessed")
      .execute();
    expect(audit).toEqual([]);
  });

  it("names a connector that does not exist", async () => {
    await expect(
      t
        .caller("admin")
        .connectors.reprocessFailedEvents({ connectorId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
