import { FOLD_FROM, compactKey, fold } from "@emma/core";
import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../test/test-database.ts";
import type { EmmaDatabase } from "./connect.ts";

// Latin letters with accents as European names have them, in both cases, on their own and in words;
// the digraph rule's edges; and what no rule touches.
const letters = Array.from(
  `àáâãäåāăąçćčďđèéêëēėęěğìíîïīıłľĺñńňòóôõöøōőŕřśšşťùúûüūůűýÿźżžșț${FOLD_FROM}`,
).flatMap((char) => [char, char.toUpperCase()]);
const cases = [
  ...letters,
  ...letters.map((char) => `M${char}e ${char}Ue`),
  "Müller Mueller Muller MÜLLER",
  "Weiß WEISS ẞ",
  "Jose\u0301 José",
  "Bauer Feuer Quelle neue Steuer Aerger Oel Goethe ueue oeae",
  "Ueberweisung Überweisung",
  "Иван Ελένη 42 @anna_k a_b%c 😀",
  "DE89 3704 0044 0532 0130 00",
  "KA-1000042-1",
  "schmidt@gmx.de +49 171 1234567",
];

describe("emma_fold and emma_compact (migration 0012) agree with core", () => {
  let database: EmmaDatabase;
  beforeAll(async () => {
    database = await createTestDatabase();
  });
  afterAll(() => database.close());

  it("folds every case as core's fold does", async () => {
    const { rows } = await sql<{ folded: string[] }>`
      select array(select emma_fold(t) from unnest(${cases}::text[]) with ordinality u (t, n) order by n) as folded
    `.execute(database.db);
    expect(rows[0]?.folded).toEqual(cases.map(fold));
  });

  it("compacts every case as core's compactKey does", async () => {
    const { rows } = await sql<{ compact: string[] }>`
      select array(select emma_compact(t) from unnest(${cases}::text[]) with ordinality u (t, n) order by n) as compact
    `.execute(database.db);
    expect(rows[0]?.compact).toEqual(cases.map((text) => compactKey(text).text));
  });
});
