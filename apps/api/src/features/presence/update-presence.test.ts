import type { RealtimeEvent } from "@emma/core";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openDatabase, type EmmaDatabase } from "../../db/connect.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";
import { postgresOnly } from "../../test/postgres-only.ts";
import { testDatabaseUrl } from "../../test/test-database.ts";

let t: TestApp;
let conversationId: string;

beforeAll(async () => {
  t = await createTestApp();
  const connectorId = await createTestConnector(t.database.db, "email");
  await ingestMessages(t.database.db, connectorId, [message("email")]);
  conversationId = (await t.database.db.selectFrom("conversations").select("id").executeTakeFirstOrThrow())
    .id;
});
afterAll(() => t.close());

/** The first presence event a subscriber of `app` hears within a second, or null. */
async function nextPresence(app: TestApp, userId: string, act: () => Promise<unknown>) {
  const controller = new AbortController();
  const stream = app.app.services.realtime.subscribe(userId, null, controller.signal);
  const timer = setTimeout(() => controller.abort(), 1000);
  const heard = (async (): Promise<RealtimeEvent | null> => {
    for await (const event of stream) if (event.topic === "presence") return event;
    return null;
  })();
  await new Promise((resolve) => setTimeout(resolve, 30));
  await act();
  const event = await heard;
  clearTimeout(timer);
  controller.abort();
  return event;
}

describe("presence.update", () => {
  it("tells every console who is typing a reply in which conversation", async () => {
    const event = await nextPresence(t, t.users.supervisor.id, () =>
      t.caller("agent").presence.update({ conversationId, state: "typing", composer: "reply" }),
    );
    expect(event?.payload).toEqual({
      conversationId,
      userId: t.users.agent.id,
      displayName: "Test agent",
      state: "typing",
      composer: "reply",
    });
  });

  it("says viewing and left without a composer", async () => {
    const event = await nextPresence(t, t.users.supervisor.id, () =>
      t.caller("agent").presence.update({ conversationId, state: "left", composer: "note" }),
    );
    expect(event?.payload).toMatchObject({ state: "left", composer: null });
  });

  it("refuses a conversation that does not exist", async () => {
    await expect(
      t
        .caller("agent")
        .presence.update({ conversationId: "00000000-0000-4000-8000-000000000000", state: "viewing" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it.runIf(postgresOnly("presence across two API instances"))(
    "reaches a console on a second API instance",
    async () => {
      const url = testDatabaseUrl() ?? "";
      const { rows } = await sql<{ schema: string }>`select current_schema() as schema`.execute(
        t.database.db,
      );
      const database: EmmaDatabase = await openDatabase({ url, schema: rows[0]?.schema, poolSize: 2 });
      const second = await createTestApp({ database, existingUsers: t.users });
      try {
        const event = await nextPresence(second, t.users.supervisor.id, () =>
          t.caller("agent").presence.update({ conversationId, state: "viewing" }),
        );
        expect(event?.payload).toMatchObject({ userId: t.users.agent.id, state: "viewing" });
      } finally {
        await second.app.close();
        await database.close();
      }
    },
  );
});
