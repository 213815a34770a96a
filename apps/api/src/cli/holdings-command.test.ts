import { mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { importHoldingsFile } from "./holdings-command.ts";

const FIXTURE = join(import.meta.dirname, "fixtures", "holdings-de.csv");
let database: EmmaDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
  const { db } = database;
  for (const [name, kind, value] of [
    ["Anna Albers", "email", "anna@example.de"],
    ["Bert Brandt", "phone", "+491712345678"],
  ] as const) {
    const row = await db
      .insertInto("customers")
      .values({ display_name: name })
      .returning("id")
      .executeTakeFirstOrThrow();
    await db
      .insertInto("identities")
      .values({ kind, value, customer_id: row.id, origin_customer_id: row.id })
      .execute();
  }
});
afterAll(() => database.close());

async function run(path: string) {
  const lines: string[] = [];
  let progress = "";
  const code = await importHoldingsFile(
    database.db,
    { path, source: "core-banking", defaultCountry: "DE", now: new Date() },
    { line: (text) => lines.push(text), progress: (text) => (progress += text) },
  );
  return { code, lines, progress };
}

describe("emma import holdings", () => {
  it("imports a German export, shows progress and lists each line it could not import", async () => {
    const { code, lines, progress } = await run(FIXTURE);
    expect(progress).toContain("2 of 3 holdings imported");
    expect(lines).toEqual([
      `${FIXTURE}: 2 new, 0 updated, 0 unchanged, 1 not linked, 1 unreadable`,
      `  ${FIXTURE}:4: not linked: no customer has this customer number, e-mail or phone`,
      expect.stringMatching(new RegExp(`^  ${FIXTURE}:5: kind: `)),
    ]);
    expect(code).toBe(1);
    const rows = await database.db
      .selectFrom("customer_products")
      .innerJoin("customers", "customers.id", "customer_products.customer_id")
      .select(["external_id", "display_name", "customer_number", "balance_minor"])
      .orderBy("external_id")
      .execute();
    expect(rows.map((row) => ({ ...row, balance_minor: Number(row.balance_minor) }))).toEqual([
      { external_id: "GK-1", display_name: "Anna Albers", customer_number: "K-1", balance_minor: 123456 },
      { external_id: "KK-2", display_name: "Bert Brandt", customer_number: null, balance_minor: -1250 },
    ]);
  });

  it("changes nothing when run again, and exits 0 for a file without problems", async () => {
    expect((await run(FIXTURE)).lines[0]).toBe(
      `${FIXTURE}: 0 new, 0 updated, 2 unchanged, 1 not linked, 1 unreadable`,
    );
    const clean = join(await mkdtemp(join(tmpdir(), "emma-holdings-")), "clean.csv");
    await writeFile(
      clean,
      "external_id,customer_number,kind,name,reference\nGK-1,K-1,account,Girokonto Plus,DE89370400440532013000\n",
    );
    const { code, lines } = await run(clean);
    expect(lines).toEqual([`${clean}: 0 new, 1 updated, 0 unchanged, 0 not linked, 0 unreadable`]);
    expect(code).toBe(0);
  });
});
