import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestApp, type TestApp } from "../../test/test-app.ts";

let t: TestApp;
let cardsTeam: string;
let otherTeam: string;

beforeAll(async () => {
  t = await createTestApp();
  const db = t.database.db;
  const [cards, other] = await db
    .insertInto("teams")
    .values([{ name: "Karten" }, { name: "Baufinanzierung" }])
    .returning("id")
    .execute();
  if (!cards || !other) throw new Error("teams missing");
  cardsTeam = cards.id;
  otherTeam = other.id;
  await db.insertInto("team_members").values({ team_id: cardsTeam, user_id: t.users.agent.id }).execute();
});
afterAll(() => t.close());

describe("canned responses", () => {
  it("lets a supervisor create them, and agents see the global ones and their teams' only", async () => {
    const supervisor = t.caller("supervisor");
    const global = await supervisor.cannedResponses.create({
      title: "Begrüßung",
      body: "Hallo {{customer.firstName}},",
      shortcut: "Hallo",
      locale: "de",
    });
    expect(global).toMatchObject({
      shortcut: "hallo",
      locale: "de",
      teamId: null,
      createdByName: "Test supervisor",
    });
    await supervisor.cannedResponses.create({
      title: "Karte gesperrt",
      body: "Ihre Karte …",
      teamId: cardsTeam,
    });
    await supervisor.cannedResponses.create({
      title: "Zinsbindung",
      body: "Die Zinsbindung …",
      teamId: otherTeam,
    });

    const usable = await t.caller("agent").cannedResponses.list();
    expect(usable.map((r) => r.title)).toEqual(["Begrüßung", "Karte gesperrt"]);
    expect(usable[1]).toMatchObject({ teamName: "Karten" });
    expect((await supervisor.cannedResponses.list({ scope: "all" })).map((r) => r.title)).toEqual([
      "Begrüßung",
      "Karte gesperrt",
      "Zinsbindung",
    ]);
    await expect(t.caller("agent").cannedResponses.list({ scope: "all" })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
  });

  it("keeps a shortcut unique per language, with a message that names the holder", async () => {
    const admin = t.caller("admin");
    await admin.cannedResponses.create({
      title: "Greeting",
      body: "Hello {{customer.firstName}},",
      shortcut: "hallo",
      locale: "en",
    });
    await expect(
      admin.cannedResponses.create({
        title: "Noch ein Gruß",
        body: "Hallo",
        shortcut: "hallo",
        locale: "de",
      }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Begrüßung") as unknown });
    await expect(admin.cannedResponses.create({ title: "Leer", body: "   " })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(
      admin.cannedResponses.create({ title: "Mit Leerzeichen", body: "x", shortcut: "zwei worte" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      admin.cannedResponses.create({
        title: "Team fehlt",
        body: "x",
        teamId: "00000000-0000-4000-8000-000000000000",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });

  it("updates only what is given, and deletes with an audit entry that keeps the text", async () => {
    const supervisor = t.caller("supervisor");
    const created = await supervisor.cannedResponses.create({
      title: "Rückruf",
      body: "Wir rufen Sie an.",
      shortcut: "rueckruf",
    });
    const updated = await supervisor.cannedResponses.update({
      id: created.id,
      body: "Wir rufen Sie morgen an.",
      locale: "de",
    });
    expect(updated).toMatchObject({
      title: "Rückruf",
      body: "Wir rufen Sie morgen an.",
      shortcut: "rueckruf",
      locale: "de",
    });
    const cleared = await supervisor.cannedResponses.update({ id: created.id, shortcut: null });
    expect(cleared.shortcut).toBeNull();

    await supervisor.cannedResponses.delete({ id: created.id });
    await expect(supervisor.cannedResponses.delete({ id: created.id })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    await expect(supervisor.cannedResponses.update({ id: created.id, title: "x" })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    const audit = await t.database.db
      .selectFrom("audit_log")
      .select(["action", "details"])
      .where("subject_id", "=", created.id)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => a.action)).toEqual([
      "canned_response.created",
      "canned_response.updated",
      "canned_response.updated",
      "canned_response.deleted",
    ]);
    expect(audit.at(-1)?.details).toMatchObject({ body: "Wir rufen Sie morgen an." });
  });

  it("goes with its team when the team is deleted", async () => {
    const admin = t.caller("admin");
    const team = await admin.teams.create({ name: "Auflösung" });
    await admin.cannedResponses.create({ title: "Nur dieses Team", body: "x", teamId: team.id });
    await admin.teams.delete({ teamId: team.id });
    expect((await admin.cannedResponses.list({ scope: "all" })).map((r) => r.title)).not.toContain(
      "Nur dieses Team",
    );
  });
});
