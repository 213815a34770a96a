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
});
