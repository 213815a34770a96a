import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { memoryLogger } from "../test/test-app.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { ReadAuditLog } from "./read-audit-log.ts";

let database: EmmaDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("ReadAuditLog", () => {
  it("writes recorded reads on its own within a moment, in one batch", async () => {
    const audit = new ReadAuditLog(database.db, memoryLogger());
    for (const n of [1, 2, 3])
      audit.record({
        actorUserId: null,
        action: "customer.viewed",
        subjectType: "customer",
        subjectId: `c${n}`,
        at: new Date(),
      });
    expect(
      await database.db
        .selectFrom("audit_log")
        .select("id")
        .where("action", "=", "customer.viewed")
        .execute(),
    ).toHaveLength(0);
    await new Promise((resolve) => setTimeout(resolve, 400));
    const rows = await database.db
      .selectFrom("audit_log")
      .select("subject_id")
      .where("action", "=", "customer.viewed")
      .orderBy("id")
      .execute();
    expect(rows.map((r) => r.subject_id)).toEqual(["c1", "c2", "c3"]);
  });

  it("keeps every field of an entry, quotes and nulls included", async () => {
    const customer = await database.db
      .insertInto("customers")
      .values({ display_name: "Audit Kundin" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const at = new Date("2026-03-04T05:06:07.089Z");
    const audit = new ReadAuditLog(database.db, memoryLogger());
    audit.record({
      actorUserId: null,
      action: "customer.searched",
      subjectType: "search",
      subjectId: null,
      customerId: customer.id,
      details: { query: 'Müller "GmbH", {x}' },
      ip: "192.0.2.7",
      at,
    });
    await audit.flush();
    const row = await database.db
      .selectFrom("audit_log")
      .selectAll()
      .where("action", "=", "customer.searched")
      .executeTakeFirstOrThrow();
    expect(row).toMatchObject({
      at,
      actor_user_id: null,
      subject_type: "search",
      subject_id: null,
      customer_id: customer.id,
      details: { query: 'Müller "GmbH", {x}' },
      ip: "192.0.2.7",
    });
  });
});
