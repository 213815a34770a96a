import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";

let database: EmmaDatabase;
let phone: string;
beforeAll(async () => {
  database = await createTestDatabase();
  phone = await createTestConnector(database.db, "phone");
});
afterAll(() => database.close());

const caller = { identities: [{ kind: "phone" as const, value: "+4917612345678" }] };
const call = (status: "ringing" | "in-progress" | "completed", at: number, extra = {}) =>
  message("phone", {
    externalId: "CA-lifecycle-1",
    threadKey: "phone:+4917612345678",
    occurredAt: new Date(Date.UTC(2026, 10, 20, 9, 0, at)),
    author: caller,
    text: "",
    call: { status, from: "+4917612345678", to: "+4930123456", ...extra },
  });

const items = () =>
  database.db
    .selectFrom("timeline_events")
    .select(["id", "kind", "occurred_at", "body_text", "metadata"])
    .where("connector_id", "=", phone)
    .where("external_id", "=", "CA-lifecycle-1")
    .execute();

describe("a call's webhooks", () => {
  it("become one call item that follows the lifecycle, whatever order they arrive in", async () => {
    await ingestMessages(database.db, phone, [call("ringing", 0)]);
    await ingestMessages(database.db, phone, [call("completed", 95, { durationSeconds: 80 })]);
    // Late and out of order: must not move the call back to "in progress".
    await ingestMessages(database.db, phone, [call("in-progress", 15, { answeredBy: "nina" })]);
    const [item, ...others] = await items();
    expect(others).toEqual([]);
    expect(item?.kind).toBe("call");
    expect(item?.occurred_at).toEqual(new Date(Date.UTC(2026, 10, 20, 9, 0, 0)));
    expect(item?.metadata.call).toMatchObject({
      status: "completed",
      durationSeconds: 80,
      answeredBy: "nina",
    });
    expect(item?.metadata.sourceEventIds).toHaveLength(3);
  });

  it("take the recording and transcript, which name no caller, into the same item", async () => {
    const followUp = message("phone", {
      externalId: "CA-lifecycle-1",
      threadKey: "call:CA-lifecycle-1",
      author: { identities: [] },
      text: "",
      occurredAt: new Date(Date.UTC(2026, 10, 20, 9, 2)),
      call: {
        status: "completed",
        from: "",
        to: "",
        recordingUrl: "https://api.twilio.example/rec/RE1",
        transcript: "Ich möchte meine Adresse ändern.",
      },
    });
    const customersBefore = await database.db.selectFrom("customers").select("id").execute();
    await ingestMessages(database.db, phone, [followUp]);
    const [item, ...others] = await items();
    expect(others).toEqual([]);
    expect(item?.body_text).toBe("Ich möchte meine Adresse ändern.");
    expect(item?.metadata.call).toMatchObject({
      recordingUrl: "https://api.twilio.example/rec/RE1",
      durationSeconds: 80,
    });
    const customersAfter = await database.db.selectFrom("customers").select("id").execute();
    expect(customersAfter).toHaveLength(customersBefore.length);
  });

  it("keep a recording that arrives before its call pending until the call is there", async () => {
    const recording = message("phone", {
      externalId: "CA-early-1",
      threadKey: "call:CA-early-1",
      author: { identities: [] },
      text: "",
      call: { status: "no-answer", from: "", to: "", recordingUrl: "https://api.twilio.example/rec/RE2" },
    });
    const early = await ingestMessages(database.db, phone, [recording]);
    const pending = await database.db
      .selectFrom("inbound_events")
      .select(["status", "last_error"])
      .where("id", "=", early.eventId)
      .executeTakeFirstOrThrow();
    expect(pending.status).toBe("pending");
    expect(pending.last_error).toMatch(/before the item it changes/);
  });

  it("is a voicemail when nobody took the call and it left a recording", async () => {
    const base = { externalId: "CA-vm-1", threadKey: "phone:+4917612345678", author: caller, text: "" };
    await ingestMessages(database.db, phone, [
      message("phone", { ...base, call: { status: "ringing", from: "+4917612345678", to: "+4930123456" } }),
      message("phone", {
        ...base,
        call: {
          status: "no-answer",
          from: "+4917612345678",
          to: "+4930123456",
          recordingUrl: "https://x.example/r",
        },
      }),
    ]);
    const row = await database.db
      .selectFrom("timeline_events")
      .select("kind")
      .where("external_id", "=", "CA-vm-1")
      .executeTakeFirstOrThrow();
    expect(row.kind).toBe("voicemail");
  });
});
