import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { EmmaDatabase } from "../db/connect.ts";
import { demoCannedResponses } from "../demo/canned-responses.ts";
import { createTestDatabase } from "../test/test-database.ts";
import { seedCannedResponses } from "./seed-canned-responses.ts";

let database: EmmaDatabase;

beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database.close());

describe("seedCannedResponses", () => {
  it("stores the demo's responses once, tied to the teams by name, and leaves existing ones alone", async () => {
    const teams = await database.db
      .insertInto("teams")
      .values([{ name: "Karten & Zahlungsverkehr" }, { name: "Privatkunden" }, { name: "Social Media" }])
      .returning(["id", "name"])
      .execute();
    const teamIds = new Map(teams.map((team) => [team.name, team.id]));
    expect(await seedCannedResponses(database.db, teamIds)).toBe(demoCannedResponses().length);
    expect(await seedCannedResponses(database.db, teamIds)).toBe(0);
    const card = await database.db
      .selectFrom("canned_responses")
      .select(["team_id", "locale"])
      .where("shortcut", "=", "karte")
      .execute();
    expect(card).toEqual(
      expect.arrayContaining([
        { team_id: teamIds.get("Karten & Zahlungsverkehr"), locale: "de" },
        { team_id: teamIds.get("Karten & Zahlungsverkehr"), locale: "en" },
      ]),
    );
  });
});
