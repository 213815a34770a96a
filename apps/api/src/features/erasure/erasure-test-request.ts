import type { TestApp } from "../../test/test-app.ts";

/** An erasure request as the approval workflow leaves it: approved, due now (tests only). */
export async function approvedRequest(
  t: TestApp,
  customerId: string,
  runAfter = new Date(),
): Promise<string> {
  const row = await t.database.db
    .insertInto("erasure_requests")
    .values({
      customer_id: customerId,
      reason: "Antrag per Brief",
      status: "approved",
      requested_by: t.users.supervisor.id,
      requested_at: new Date(),
      decided_by: t.users.admin.id,
      decided_at: new Date(),
      run_after: runAfter,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  return row.id;
}

export function requestRow(t: TestApp, id: string) {
  return t.database.db
    .selectFrom("erasure_requests")
    .selectAll()
    .where("id", "=", id)
    .executeTakeFirstOrThrow();
}
