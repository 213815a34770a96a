import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";
import { createTestConnector, ingestMessages, message } from "../../test/test-ingest.ts";

let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t.close());

describe("teams on the admin's teams page", () => {
  it("counts a team's conversations, which outlive the team without one", async () => {
    const db = t.database.db;
    const team = await t
      .caller("admin")
      .teams.create({ name: "Baufinanzierung", memberIds: [t.users.agent.id] });
    const connectorId = await createTestConnector(db, "email");
    await ingestMessages(db, connectorId, [message("email")]);
    const conversation = await db.selectFrom("conversations").select("id").executeTakeFirstOrThrow();
    await db
      .updateTable("conversations")
      .set({ team_id: team.id })
      .where("id", "=", conversation.id)
      .execute();

    const listed = (await t.caller("admin").teams.list()).find((row) => row.id === team.id);
    expect(listed).toMatchObject({
      name: "Baufinanzierung",
      memberIds: [t.users.agent.id],
      conversationCount: 1,
    });

    await t.caller("admin").teams.delete({ teamId: team.id });
    const kept = await db
      .selectFrom("conversations")
      .select("team_id")
      .where("id", "=", conversation.id)
      .executeTakeFirst();
    expect(kept).toEqual({ team_id: null });
    expect((await t.caller("admin").teams.list()).map((row) => row.id)).not.toContain(team.id);
    const audit = await db
      .selectFrom("audit_log")
      .select("action")
      .where("subject_id", "=", team.id)
      .orderBy("id")
      .execute();
    expect(audit.map((row) => row.action)).toEqual(["team.created", "team.deleted"]);
  });
});
