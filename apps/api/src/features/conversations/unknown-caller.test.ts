import { TRPCError } from "@trpc/server";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

// Real HTTP on 127.0.0.1: the PBX posts Zammad-style CTI requests to the webhook, ingest runs, and
// agents act through the same tRPC procedures as the console.
let t: TestApp;
let url: string;
let connectorId: string;
const token = "cti-token-0123456789abcdef-unknown";

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  const created = await t.caller("admin").connectors.create({
    kind: "cti",
    name: "Telefonanlage",
    defaultCountry: "DE",
    config: { serviceNumbers: ["+4930901820"] },
    secrets: { token },
  });
  connectorId = created.id;
});
afterAll(() => t.close());

async function post(fields: Record<string, string>): Promise<void> {
  const response = await fetch(`${url}/webhooks/${connectorId}?token=${token}`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: new URLSearchParams(fields).toString(),
  });
  expect(response.status, await response.text()).toBeLessThan(300);
  await t.app.services.inbound.idle();
}

const ring = (callId: string, from: string) =>
  post({ event: "newCall", from, to: "4930901820", direction: "in", callId, "user[]": "Anna" });

async function customerCount(): Promise<number> {
  const row = await t.database.db
    .selectFrom("customers")
    .select(sql<number>`count(*)::int`.as("n"))
    .executeTakeFirstOrThrow();
  return row.n;
}

async function conversationOfCall(callId: string) {
  return t.database.db
    .selectFrom("conversations")
    .select(["id", "customer_id"])
    .where("connector_id", "=", connectorId)
    .where("external_thread_key", "=", `call:${callId}`)
    .executeTakeFirstOrThrow();
}

describe("anonymous callers", () => {
  it("never create a customer: each withheld call is an unknown caller's conversation of its own", async () => {
    const before = await customerCount();
    await ring("anon-1", "anonymous");
    await post({
      event: "hangup",
      from: "anonymous",
      to: "4930901820",
      direction: "in",
      callId: "anon-1",
      cause: "cancel",
    });
    await ring("anon-2", "");
    expect(await customerCount()).toBe(before);

    const first = await conversationOfCall("anon-1");
    const second = await conversationOfCall("anon-2");
    expect(first.customer_id).toBeNull();
    expect(second.customer_id).toBeNull();
    expect(second.id).not.toBe(first.id);
    const items = await t.database.db
      .selectFrom("timeline_events")
      .select(["customer_id", "metadata"])
      .where("conversation_id", "in", [first.id, second.id])
      .execute();
    expect(items).toHaveLength(2);
    expect(items.every((item) => item.customer_id === null)).toBe(true);

    // The console still gets the screen pop, with nobody to look up.
    const pops = await t.database.db
      .selectFrom("realtime_events")
      .select("payload")
      .where("topic", "=", "call.incoming")
      .execute();
    expect(pops.map((pop) => pop.payload)).toEqual(
      expect.arrayContaining([expect.objectContaining({ conversationId: first.id, customerId: null })]),
    );

    // The queue shows them, and an agent can open them.
    const queue = await t.caller("supervisor").conversations.list({ queue: "all" });
    expect(queue.items.find((c) => c.id === first.id)).toMatchObject({
      customerId: null,
      customerName: null,
    });
    const opened = await t.caller("agent").conversations.get({ conversationId: first.id });
    expect(opened.conversation.customerId).toBeNull();
    expect(opened.items.map((item) => item.kind)).toEqual(["call"]);
  });

  it("reads a PBX's number without + as international: 4912347114711 is +4912347114711", async () => {
    await ring("known-1", "4912347114711");
    const identity = await t.database.db
      .selectFrom("identities")
      .select(["value", "customer_id"])
      .where("connector_id", "=", connectorId)
      .where("kind", "=", "phone")
      .executeTakeFirstOrThrow();
    expect(identity.value).toBe("+4912347114711");
  });

  it("is attached by an agent to the customer it turned out to be, items and all, recorded in the audit log", async () => {
    await ring("anon-3", "restricted");
    const conversation = await conversationOfCall("anon-3");
    const customer = await t.database.db
      .insertInto("customers")
      .values({ display_name: "Berta Beispiel" })
      .returning("id")
      .executeTakeFirstOrThrow();

    const attached = await t
      .caller("agent")
      .conversations.attachCustomer({ conversationId: conversation.id, customerId: customer.id });
    expect(attached).toMatchObject({ customerId: customer.id, movedItems: 1 });

    const opened = await t.caller("agent").conversations.get({ conversationId: conversation.id });
    expect(opened.conversation).toMatchObject({ customerId: customer.id, customerName: "Berta Beispiel" });
    // The thread says who filed the call under whom.
    expect(opened.items.map((item) => item.kind)).toEqual(["call", "caller_attached"]);
    expect(opened.items[1]).toMatchObject({
      author: { type: "user", id: t.users.agent.id },
      metadata: { customerName: "Berta Beispiel" },
    });
    const timeline = await t.caller("agent").timeline.list({ customerId: customer.id });
    expect(timeline.items.map((item) => item.conversationId)).toContain(conversation.id);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["actor_user_id", "customer_id", "details"])
      .where("action", "=", "conversation.customerAttached")
      .where("subject_id", "=", conversation.id)
      .executeTakeFirstOrThrow();
    expect(audit).toMatchObject({ actor_user_id: t.users.agent.id, customer_id: customer.id });
    expect(audit.details.movedItemIds).toEqual([opened.items[0]?.id]);

    // Once known, the conversation is the customer's: moving it again is a merge, not an attach.
    const again = await t
      .caller("agent")
      .conversations.attachCustomer({ conversationId: conversation.id, customerId: customer.id })
      .catch((error: unknown) => error);
    expect(again).toBeInstanceOf(TRPCError);
    expect(again).toMatchObject({ code: "CONFLICT" });
  });
});
