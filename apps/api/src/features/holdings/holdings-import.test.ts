import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let url: string;
let key: string;
const ids = { anna: "", bert: "", carla: "" };

async function customer(
  name: string,
  identities: { kind: "email" | "phone"; value: string }[],
  number?: string,
) {
  const row = await t.database.db
    .insertInto("customers")
    .values({ display_name: name, customer_number: number ?? null })
    .returning("id")
    .executeTakeFirstOrThrow();
  for (const identity of identities)
    await t.database.db
      .insertInto("identities")
      .values({ ...identity, customer_id: row.id, origin_customer_id: row.id })
      .execute();
  return row.id;
}

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  ids.anna = await customer("Anna Albers", [{ kind: "email", value: "anna@example.de" }]);
  ids.bert = await customer("Bert Brandt", [{ kind: "phone", value: "+491712345678" }], "K-2");
  ids.carla = await customer("Carla Conrad", [{ kind: "email", value: "carla@example.de" }]);
  ({ key } = await t
    .caller("admin")
    .holdings.createKey({ sourceSystem: "core-banking", name: "Nightly export" }));
});
afterAll(() => t.close());

function post(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${key}` }) {
  return fetch(`${url}/import/holdings`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

const giro = {
  sourceSystem: "core-banking",
  externalId: "acc-1",
  customer: { customerNumber: "K-1", email: "Anna@Example.de" },
  kind: "account",
  name: "Girokonto",
  reference: "DE89370400440532013000",
  openedAt: "2024-03-01",
  balance: { minor: 123456, currency: "EUR" },
};
const card = {
  ...giro,
  externalId: "card-2",
  customer: { phone: "0171 2345678" },
  kind: "card",
  name: "Visa",
  reference: "KA-2",
  details: { maskedPan: "**** 4242" },
};
const ambiguous = {
  ...giro,
  externalId: "acc-3",
  customer: { email: "carla@example.de", phone: "+49 171 2345678" },
};
// A reissued card: the source's new record shows the same contract reference as the old one.
const reissued = { ...card, externalId: "card-2b", details: { maskedPan: "**** 5151" } };
const stranger = { ...giro, externalId: "acc-4", customer: { email: "nobody@example.de" } };

describe("POST /import/holdings", () => {
  it("refuses callers without an active key, saying what to send", async () => {
    const attempts: Record<string, string>[] = [
      {},
      { authorization: "Bearer emk_wrong" },
      { "x-emma-key": "guess" },
    ];
    for (const headers of attempts) {
      const response = await post([giro], headers);
      expect(response.status).toBe(401);
      const body = (await response.json()) as { error: { code: string; message: string } };
      expect(body.error.code).toBe("unauthenticated");
      expect(body.error.message).toContain("integration key");
    }
    expect(await t.database.db.selectFrom("customer_products").selectAll().execute()).toEqual([]);
  });

  it("links by customer number, e-mail or phone and reports the rows it could not link", async () => {
    const response = await post([giro, card, ambiguous, stranger]);
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({
      outcomes: [
        { externalId: "acc-1", status: "created", customerId: ids.anna },
        { externalId: "card-2", status: "created", customerId: ids.bert },
        { externalId: "acc-3", status: "not_linked", reason: "ambiguous" },
        { externalId: "acc-4", status: "not_linked", reason: "no_match" },
      ],
      counts: { created: 2, updated: 0, unchanged: 0, not_linked: 2 },
    });
    const anna = await t.caller("agent").customers.get({ customerId: ids.anna });
    expect(anna.customerNumber).toBe("K-1");
    expect(anna.products).toMatchObject([
      { name: "Girokonto", reference: "DE89…3000", balanceMinor: 123456, sourceSystem: "core-banking" },
    ]);
    expect(anna.holdingSources).toEqual([
      { sourceSystem: "core-banking", syncedAt: anna.products[0]?.syncedAt },
    ]);
  });

  it("is idempotent: the same rows again change nothing but the sync time, a changed row is updated", async () => {
    const again = await post([giro, card]);
    expect(await again.json()).toMatchObject({
      counts: { created: 0, updated: 0, unchanged: 2, not_linked: 0 },
    });
    const changed = await post([{ ...giro, status: "blocked", balance: { minor: -500, currency: "EUR" } }]);
    expect(await changed.json()).toMatchObject({ outcomes: [{ externalId: "acc-1", status: "updated" }] });
    const rows = await t.database.db
      .selectFrom("customer_products")
      .select(["external_id", "status"])
      .execute();
    expect(rows.sort((a, b) => a.external_id.localeCompare(b.external_id))).toEqual([
      { external_id: "acc-1", status: "blocked" },
      { external_id: "card-2", status: "active" },
    ]);
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["details"])
      .where("action", "=", "holdings.imported")
      .execute();
    expect(audit).toHaveLength(3);
  });

  it("keeps a reissued card beside the old one though both show the same reference", async () => {
    const response = await post([reissued]);
    expect(await response.json()).toMatchObject({ outcomes: [{ externalId: "card-2b", status: "created" }] });
    const bert = await t.caller("agent").customers.get({ customerId: ids.bert });
    expect(bert.products.map((product) => product.reference).sort()).toEqual(["**** 4242", "**** 5151"]);
  });

  it("refuses a malformed request whole, naming each bad row, and writes nothing", async () => {
    const response = await post([
      { ...giro, externalId: "acc-9" },
      { ...giro, externalId: "acc-10", kind: "boat" },
      { ...giro, externalId: "acc-11", sourceSystem: "crm" },
      { ...giro, externalId: "acc-12", customer: {} },
    ]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; rows: { index: number; message: string }[] };
    };
    expect(body.error.code).toBe("bad_rows");
    expect(body.error.rows.map((row) => row.index)).toEqual([1, 2, 3]);
    expect(body.error.rows[1]?.message).toContain('this key imports for "core-banking" only');
    expect(body.error.rows[2]?.message).toContain("name the customer by customerNumber, email or phone");
    const written = await t.database.db
      .selectFrom("customer_products")
      .select("id")
      .where("external_id", "=", "acc-9")
      .execute();
    expect(written).toEqual([]);
  });

  it("stops accepting a key the moment an admin revokes it", async () => {
    const { id, key: spare } = await t
      .caller("admin")
      .holdings.createKey({ sourceSystem: "core-banking", name: "Spare" });
    expect((await post([giro], { "x-emma-key": spare })).status).toBe(200);
    await t.caller("admin").holdings.revokeKey({ keyId: id });
    expect((await post([giro], { "x-emma-key": spare })).status).toBe(401);
    const keys = await t.caller("admin").holdings.keys();
    const revoked = keys.find((entry) => entry.id === id);
    expect(revoked?.name).toBe("Spare");
    expect(revoked?.revokedAt).not.toBeNull();
    const admin = await t.database.db
      .selectFrom("users")
      .select("display_name")
      .where("role", "=", "admin")
      .executeTakeFirstOrThrow();
    expect(revoked).toMatchObject({ createdByName: admin.display_name, revokedByName: admin.display_name });
    expect(JSON.stringify(keys)).not.toContain(spare);
  });
});
