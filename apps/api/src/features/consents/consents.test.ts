import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sealSecrets } from "../../crypto/secret-box.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let connectorId: string;

beforeAll(async () => {
  t = await createTestApp();
  // The demo's integration hands replies to simulated customers: sending works without a network.
  const row = await t.database.db
    .insertInto("connectors")
    .values({
      kind: "emma-inbound",
      name: "Mail bridge",
      config: JSON.stringify({ demo: true }),
      secrets: sealSecrets(t.app.services.secretKey, { signingSecret: "consent-test-signing-secret" }),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  connectorId = row.id;
});
afterAll(() => t.close());

/** The customer writes `texts` in one new e-mail thread; returns the conversation and customer. */
async function customerWrites(threadKey: string, ...texts: string[]) {
  const first = message("email", { threadKey, text: texts[0] ?? "" });
  const identities = first.author.identities;
  await ingestMessages(t.database.db, connectorId, [
    first,
    ...texts.slice(1).map((text) => message("email", { threadKey, text, author: { identities } })),
  ]);
  return t.database.db
    .selectFrom("conversations")
    .select(["id", "customer_id"])
    .where("external_thread_key", "=", threadKey)
    .executeTakeFirstOrThrow()
    .then((row) => ({ conversationId: row.id, customerId: row.customer_id ?? "" }));
}

async function replyAndSend(conversationId: string, text: string) {
  const sent = await t.caller("agent").conversations.reply({ conversationId, text, idempotencyKey: text });
  await t.app.services.outbox.drain();
  return sent.outboxId;
}

async function deliveryOf(conversationId: string, outboxId: string) {
  const detail = await t.caller("agent").conversations.get({ conversationId });
  const delivery = detail.deliveries.find((d) => d.outboxId === outboxId);
  const item = detail.items.find((i) => i.id === delivery?.eventId);
  return { delivery, item };
}

describe("the customer's own opt-out", () => {
  it("records a withdrawal on the channel it was written on when the message is only 'STOP'", async () => {
    const { customerId } = await customerWrites("optout-stop", "Wo bleibt meine Karte?", "STOP");
    const consents = await t.caller("agent").consents.list({ customerId });
    const emailService = consents.current.find((c) => c.channel === "email" && c.purpose === "service");
    expect(emailService).toMatchObject({
      allowed: false,
      deciding: { state: "withdrawn", how: "customer-keyword" },
    });
    expect(consents.current.find((c) => c.channel === "phone" && c.purpose === "service")?.allowed).toBe(
      true,
    );
    const history = consents.history.map((r) => [r.channel, r.purpose, r.state, r.recordedBy]);
    expect(history.sort()).toEqual([
      ["email", "marketing", "withdrawn", null],
      ["email", "service", "withdrawn", null],
    ]);
  });

  it("records nothing for a question that merely contains the word", async () => {
    const { customerId } = await customerWrites("optout-question", "Wie kann ich die Lastschrift stoppen?");
    const consents = await t.caller("agent").consents.list({ customerId });
    expect(consents.history).toEqual([]);
  });
});

describe("the outbox and consent", () => {
  it("refuses a reply the customer opted out of, keeps it with the reason, and sends it once consent is back", async () => {
    const { conversationId, customerId } = await customerWrites(
      "optout-reply",
      "Frage zur Karte",
      "Abmelden bitte",
    );
    const outboxId = await replyAndSend(conversationId, "Ihre Karte ist unterwegs.");
    const refused = await deliveryOf(conversationId, outboxId);
    expect(refused.delivery?.status).toBe("failed");
    expect(refused.delivery?.lastError).toContain("withdrew consent");
    expect(refused.item).toMatchObject({
      text: "Ihre Karte ist unterwegs.",
      metadata: {
        delivery: "failed",
        deliveryRefusal: { channel: "email", purpose: "service", how: "customer-keyword" },
      },
    });

    // Retried while the opt-out stands: refused again, nothing goes out.
    await t.caller("agent").conversations.retryDelivery({ outboxId });
    await t.app.services.outbox.drain();
    expect((await deliveryOf(conversationId, outboxId)).delivery?.status).toBe("failed");

    await t.caller("agent").consents.record({
      customerId,
      channel: "email",
      purpose: "service",
      state: "granted",
      how: "agent",
      note: "Kundin rief an: Antworten per E-Mail sind wieder in Ordnung",
    });
    await t.caller("agent").conversations.retryDelivery({ outboxId });
    await t.app.services.outbox.drain();
    const sent = await deliveryOf(conversationId, outboxId);
    expect(sent.delivery).toMatchObject({ status: "sent", lastError: null });
    expect(sent.item?.metadata).toMatchObject({ delivery: "sent", deliveryRefusal: null });
  });

  it("refuses a reply after the agent records an opt-out for every channel", async () => {
    const { conversationId, customerId } = await customerWrites("optout-agent", "Bitte rufen Sie mich an");
    await t.caller("agent").consents.record({
      customerId,
      channel: null,
      purpose: "service",
      state: "withdrawn",
      how: "letter",
    });
    const outboxId = await replyAndSend(conversationId, "Gern, wann passt es Ihnen?");
    const { delivery, item } = await deliveryOf(conversationId, outboxId);
    expect(delivery?.status).toBe("failed");
    expect(item?.metadata).toMatchObject({ deliveryRefusal: { channel: "email", how: "letter" } });
  });
});

describe("consents.record and consents.list", () => {
  it("adds to the history with who recorded it, audits the change and the read", async () => {
    const { customerId } = await customerWrites("consent-audit", "Hallo");
    const recorded = await t.caller("agent").consents.record({
      customerId,
      channel: null,
      purpose: "marketing",
      state: "granted",
      how: "web",
      note: "  ",
    });
    expect(recorded).toMatchObject({ channel: null, purpose: "marketing", state: "granted", note: null });
    const list = await t.caller("supervisor").consents.list({ customerId });
    expect(list.history.map((r) => [r.id, r.recordedByName === null])).toEqual([[recorded.id, false]]);
    expect(list.current.filter((c) => c.purpose === "marketing").every((c) => c.allowed)).toBe(true);
    await t.app.services.readAudit.flush();
    const actions = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("customer_id", "=", customerId)
      .where("action", "in", ["customer.consentRecorded", "customer.consentsViewed"])
      .orderBy("at")
      .execute();
    expect(actions.map((a) => a.action)).toEqual(["customer.consentRecorded", "customer.consentsViewed"]);
    expect(actions[0]?.details).toMatchObject({ purpose: "marketing", state: "granted", how: "web" });
  });
});
