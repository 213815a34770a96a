import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;
let customerId: string;

beforeAll(async () => {
  t = await createTestApp();
  const email = await createTestConnector(t.database.db, "email");
  const twitter = await createTestConnector(t.database.db, "twitter");
  const identities = [
    { kind: "email" as const, value: "Ruth.Kaiser@Posteo.de" },
    { kind: "phone" as const, value: "+49 30 1234567" },
  ];
  await ingestMessages(t.database.db, email, [
    message("email", { author: { name: "Ruth Kaiser", identities } }),
  ]);
  const row = await t.database.db
    .selectFrom("identities")
    .select("customer_id")
    .where("value", "=", "ruth.kaiser@posteo.de")
    .executeTakeFirstOrThrow();
  customerId = row.customer_id;
  await ingestMessages(t.database.db, twitter, [
    message("twitter", {
      author: {
        name: "Ruth",
        identities: [{ kind: "twitter", value: "1234567890", display: "@RuthK_Berlin" }],
      },
    }),
  ]);
  await t.database.db
    .insertInto("customer_products")
    .values({
      customer_id: customerId,
      origin_customer_id: customerId,
      kind: "account",
      name: "Girokonto",
      reference: "DE89370400440532013000",
      source_system: "core-banking",
      external_id: "acct-1",
      balance_minor: 123456,
      currency: "EUR",
    })
    .execute();
});
afterAll(() => t.close());

describe("customers.search", () => {
  it.each([
    ["a name part", "kaiser"],
    ["an email in other capitals", "RUTH.KAISER@POSTEO.DE"],
    ["a phone number as a person writes it", "030 / 123 45 67"],
    ["the same number in international form", "+49 30 1234567"],
  ])("finds the customer by %s", async (_label, query) => {
    const results = await t.caller("agent").customers.search({ query });
    expect(results.map((r) => r.id)).toContain(customerId);
  });

  it("finds an X customer by the start of their handle", async () => {
    const results = await t.caller("agent").customers.search({ query: "@ruthk" });
    expect(results[0]?.identities[0]).toMatchObject({ kind: "twitter", display: "@RuthK_Berlin" });
  });

  it("takes % and _ literally", async () => {
    expect(await t.caller("agent").customers.search({ query: "%%" })).toEqual([]);
  });
});

describe("customers.get", () => {
  it("shows the 360: identities, masked accounts and open conversations, and audits the read", async () => {
    const customer = await t.caller("agent").customers.get({ customerId });
    expect(customer.displayName).toBe("Ruth Kaiser");
    expect(customer.identities.map((i) => i.kind).sort()).toEqual(["email", "phone"]);
    expect(customer.products[0]).toMatchObject({
      name: "Girokonto",
      reference: "DE89…3000",
      balanceMinor: 123456,
    });
    expect(customer.openConversations).toHaveLength(1);
    await t.app.services.readAudit.flush();
    const audit = await t.database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "customer.viewed")
      .execute();
    expect(audit.at(-1)).toMatchObject({ actor_user_id: t.users.agent.id, customer_id: customerId });
  });

  it("answers an unknown id with NOT_FOUND", async () => {
    await expect(
      t.caller("agent").customers.get({ customerId: "00000000-0000-4000-8000-000000000000" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});
