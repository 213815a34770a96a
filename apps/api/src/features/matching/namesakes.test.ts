import { afterEach, describe, expect, it } from "vitest";
import { contact, openSuggestions } from "../../test/matcher-contacts.ts";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector } from "../../test/test-ingest.ts";
import { importPersonRecords } from "../holdings/import-person-records.ts";

/*
 * A name alone is too little to suggest: namesakes are offered to check instead, on demand, and a
 * person's "not the same person" keeps them out.
 */

let t: TestApp;
afterEach(() => t.close());

async function people(rows: { customerNumber: string; name: string; birthDate?: string }[]) {
  await importPersonRecords(t.database.db, {
    rows: rows.map((row) => ({ sourceSystem: "core-banking", ...row })),
    actorUserId: null,
    integrationKeyId: null,
    defaultCountry: "DE",
    ip: null,
    now: new Date(),
  });
}

async function customerNumbered(customerNumber: string): Promise<string> {
  const row = await t.database.db
    .selectFrom("customers")
    .select("id")
    .where("customer_number", "=", customerNumber)
    .executeTakeFirstOrThrow();
  return row.id;
}

describe("namesakes to check", () => {
  it("offers the customer with the same full name, never suggests it, and forgets it once marked as two people", async () => {
    t = await createTestApp();
    await people([{ customerNumber: "K-8100", name: "Konrad Einzelgang", birthDate: "1979-08-23" }]);
    const mail = await createTestConnector(t.database.db, "email");
    const byMail = await contact(
      t,
      mail,
      "email",
      "Konrad Einzelgang",
      "k.einzelgang@example.de",
      "Dauerauftrag ändern",
    );
    await t.app.services.matching.drain();
    const record = await customerNumbered("K-8100");

    // A name is all they share: not a suggestion, but offered to check, from either side.
    expect(await openSuggestions(t)).toEqual([]);
    expect(await t.caller("agent").merges.namesakes({ customerId: byMail })).toEqual([
      { id: record, displayName: "Konrad Einzelgang", channels: [], customerNumber: "K-8100" },
    ]);
    expect(
      (await t.caller("agent").merges.namesakes({ customerId: record })).map((namesake) => namesake.id),
    ).toEqual([byMail]);

    await t.caller("agent").merges.markDistinct({ customerIds: [record, byMail] });
    expect(await t.caller("agent").merges.namesakes({ customerId: byMail })).toEqual([]);
    // Remembered like the suggestion's answer: the merge preview names who decided it.
    const preview = await t.caller("agent").merges.preview({ survivorId: record, absorbedId: byMail });
    expect(preview.markedDistinct?.byName).toBe("Test agent");
  });

  it("leaves out namesakes the records settle as two people, and other names", async () => {
    t = await createTestApp();
    await people([
      { customerNumber: "K-8200", name: "Greta Feldhahn", birthDate: "1950-01-02" },
      { customerNumber: "K-8201", name: "Greta Feldhahn", birthDate: "1988-07-09" },
      { customerNumber: "K-8202", name: "Gerda Feldhahn", birthDate: "1961-03-04" },
    ]);
    await t.app.services.matching.drain();
    const elder = await customerNumbered("K-8200");
    // Two dates of birth: two people, whatever the name.
    expect(await t.caller("agent").merges.namesakes({ customerId: elder })).toEqual([]);
  });
});
