import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../test/test-app.ts";
import { postgresOnly } from "../test/postgres-only.ts";
import { createTestConnector, ingestMessages, message } from "../test/test-ingest.ts";

let t: TestApp;
let email: string;
beforeAll(async () => {
  t = await createTestApp();
  email = await createTestConnector(t.database.db, "email");
});
afterAll(() => t.close());

describe("ingest while a merge runs", () => {
  it.runIf(postgresOnly("the merge/ingest race test (needs two connections at once)"))(
    "puts a message that arrives during a merge on the surviving customer",
    async () => {
      const db = t.database.db;
      const a = message("email", {
        author: { name: "A", identities: [{ kind: "email", value: "race-a@example.de" }] },
      });
      const b = message("email", {
        author: { name: "B", identities: [{ kind: "email", value: "race-b@example.de" }] },
      });
      await ingestMessages(db, email, [a]);
      await ingestMessages(db, email, [b]);
      const owner = async (value: string) =>
        (
          await db
            .selectFrom("identities")
            .select("customer_id")
            .where("value", "=", value)
            .executeTakeFirstOrThrow()
        ).customer_id;
      const [survivor, absorbed] = [await owner("race-a@example.de"), await owner("race-b@example.de")];

      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => (release = resolve));
      let locked: () => void = () => undefined;
      const lockTaken = new Promise<void>((resolve) => (locked = resolve));
      // A merge that has locked both customers and is about to move the rows, held open.
      const merging = db.transaction().execute(async (trx) => {
        await sql`select id from customers where id in (${survivor}, ${absorbed}) order by id for update`.execute(
          trx,
        );
        locked();
        await held;
        for (const table of [
          "identities",
          "customer_products",
          "conversations",
          "timeline_events",
        ] as const) {
          await trx
            .updateTable(table)
            .set({ customer_id: survivor })
            .where("customer_id", "=", absorbed)
            .execute();
        }
        await trx
          .updateTable("customers")
          .set({ merged_into: survivor })
          .where("id", "=", absorbed)
          .execute();
      });
      await lockTaken;
      const late = message("email", {
        author: { name: "B", identities: [{ kind: "email", value: "race-b@example.de" }] },
      });
      const ingesting = ingestMessages(db, email, [late]);
      await new Promise((resolve) => setTimeout(resolve, 200));
      release();
      await merging;
      expect((await ingesting).outcome).toBe("processed");
      const row = await db
        .selectFrom("timeline_events")
        .select("customer_id")
        .where("external_id", "=", late.externalId)
        .executeTakeFirstOrThrow();
      expect(row.customer_id).toBe(survivor);
    },
  );
});
