import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { importCustomersFile } from "../../cli/customers-command.ts";
import { createTestApp, memoryLogger, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let url: string;
let key: string;
let anna = "";

beforeAll(async () => {
  t = await createTestApp();
  ({ url } = await t.app.listen(0));
  const row = await t.database.db
    .insertInto("customers")
    .values({ display_name: "anna@example.de" })
    .returning("id")
    .executeTakeFirstOrThrow();
  anna = row.id;
  await t.database.db
    .insertInto("identities")
    .values({ kind: "email", value: "anna@example.de", customer_id: anna, origin_customer_id: anna })
    .execute();
  ({ key } = await t.caller("admin").holdings.createKey({ sourceSystem: "core-banking", name: "Nightly" }));
});
afterAll(() => t.close());

function post(body: unknown, headers: Record<string, string> = { authorization: `Bearer ${key}` }) {
  return fetch(`${url}/import/customers`, {
    method: "POST",
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  });
}

const annaRecord = {
  sourceSystem: "core-banking",
  customerNumber: "K-1",
  name: "Anna Schneider",
  birthDate: "1985-03-07",
  address: { street: "Hauptstraße", houseNumber: "12", postalCode: "10115", city: "Berlin" },
  email: "Anna@Example.de",
};

describe("POST /import/customers", () => {
  it("refuses a request without a key", async () => {
    const response = await post([annaRecord], {});
    expect(response.status).toBe(401);
  });

  it("refuses the whole request when one row is malformed, naming each bad row and field", async () => {
    const response = await post([
      annaRecord,
      { ...annaRecord, customerNumber: "K-2", birthDate: "07.03.1985" },
      { ...annaRecord, customerNumber: "K-3", sourceSystem: "crm" },
    ]);
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; rows: { index: number; message: string }[] };
    };
    expect(body.error.code).toBe("bad_rows");
    expect(body.error.rows.map((row) => row.index)).toEqual([1, 2]);
    expect(body.error.rows[0]?.message).toMatch(/^birthDate: a date of birth is YYYY-MM-DD/);
    expect(body.error.rows[1]?.message).toBe('sourceSystem: this key imports for "core-banking" only');
    const imported = await t.database.db
      .selectFrom("customers")
      .select("id")
      .where("customer_number", "is not", null)
      .execute();
    expect(imported).toEqual([]);
  });

  it("gives the customer known by the e-mail address the number, name, birth date and address, creates the others and starts a sweep", async () => {
    const response = await post([
      annaRecord,
      { sourceSystem: "core-banking", customerNumber: "K-2", name: "Bert Brandt" },
    ]);
    expect(response.status).toBe(200);
    const summary = (await response.json()) as { outcomes: { status: string; customerId?: string }[] };
    expect(summary.outcomes.map((outcome) => outcome.status)).toEqual(["updated", "created"]);
    expect(summary.outcomes[0]?.customerId).toBe(anna);
    const customer = await t.database.db
      .selectFrom("customers")
      .select(["display_name", "customer_number", "postal_address"])
      .select((eb) => eb.cast<string>("birth_date", "text").as("birth_date"))
      .where("id", "=", anna)
      .executeTakeFirstOrThrow();
    // Emma called her by her address: the record's name replaces it.
    expect(customer).toEqual({
      display_name: "Anna Schneider",
      customer_number: "K-1",
      birth_date: "1985-03-07",
      postal_address: {
        street: "Hauptstraße",
        houseNumber: "12",
        postalCode: "10115",
        city: "Berlin",
        country: "DE",
      },
    });
    const sweep = await t.caller("supervisor").merges.sweep();
    expect(sweep).toMatchObject({ cause: "import", total: 2 });

    // Sent again: nothing changes.
    const again = (await (await post([annaRecord])).json()) as { outcomes: { status: string }[] };
    expect(again.outcomes.map((outcome) => outcome.status)).toEqual(["unchanged"]);
  });
});

describe("emma import customers", () => {
  it("imports the readable lines and names the others with their line numbers", async () => {
    const dir = await mkdtemp(join(tmpdir(), "emma-customers-"));
    const path = join(dir, "kunden.csv");
    await writeFile(
      path,
      [
        "Kundennummer;Name;Geburtsdatum;Straße;Hausnummer;PLZ;Ort",
        "K-10;Carla Conrad;01.02.1970;Lindenweg;3;80331;München",
        "K-11;;31.02.1970;;;;",
      ].join("\n"),
    );
    const lines: string[] = [];
    const code = await importCustomersFile(
      t.database.db,
      { path, source: "core-banking", defaultCountry: "DE", now: new Date(), log: memoryLogger() },
      { line: (text) => lines.push(text), progress: () => undefined },
    );
    expect(code).toBe(1);
    expect(lines[0]).toBe(`${path}: 1 new, 0 updated, 0 unchanged, 0 not imported, 1 unreadable`);
    expect(lines[1]).toMatch(new RegExp(`^  ${path}:3: .*name.*birthDate`));
    const carla = await t.database.db
      .selectFrom("customers")
      .select(["display_name", "record_name"])
      .where("customer_number", "=", "K-10")
      .executeTakeFirstOrThrow();
    expect(carla).toEqual({ display_name: "Carla Conrad", record_name: "Carla Conrad" });
  });
});
