import { describe, expect, it } from "vitest";
import { compareNames } from "./compare-names.ts";
import { nameBlockingKeys } from "./name-blocking-keys.ts";

const SURNAMES = [
  "Schneider",
  "Fischer",
  "Weber",
  "Wagner",
  "Becker",
  "Schulz",
  "Hoffmann",
  "Koch",
  "Richter",
  "Klein",
  "Wolf",
  "Schröder",
  "Neumann",
  "Schwarz",
  "Zimmermann",
  "Braun",
  "Krüger",
  "Hofmann",
  "Hartmann",
  "Lange",
  "Schmitt",
  "Werner",
  "Krause",
  "Meier",
  "Lehmann",
  "Huber",
  "Kaiser",
  "Fuchs",
  "Peters",
  "Lang",
  "Scholz",
  "Möller",
  "Weiß",
  "Jung",
  "Hahn",
  "Vogel",
  "Friedrich",
  "Keller",
  "Günther",
  "Frank",
  "Berger",
  "Winkler",
  "Roth",
  "Beck",
  "Lorenz",
  "Baumann",
];
/** Letters next to each other on a German keyboard, for slips of the finger. */
const NEIGHBOURS: Record<string, string> = {
  a: "s",
  b: "n",
  c: "v",
  d: "f",
  e: "r",
  f: "g",
  g: "h",
  h: "j",
  i: "o",
  j: "k",
  k: "l",
  l: "k",
  m: "n",
  n: "m",
  o: "p",
  p: "o",
  r: "t",
  s: "d",
  t: "z",
  u: "i",
  v: "b",
  w: "e",
  z: "u",
};

/** Every slip of one letter in a word: dropped, doubled, swapped with the next, a neighbour key. */
function slipsOf(word: string): string[] {
  const slips = new Set<string>();
  for (let i = 0; i < word.length; i++) {
    const char = word[i] ?? "";
    slips.add(word.slice(0, i) + word.slice(i + 1));
    slips.add(word.slice(0, i) + char + word.slice(i));
    if (i + 1 < word.length) slips.add(word.slice(0, i) + (word[i + 1] ?? "") + char + word.slice(i + 2));
    const neighbour = NEIGHBOURS[char.toLowerCase()];
    if (neighbour) slips.add(word.slice(0, i) + neighbour + word.slice(i + 1));
  }
  slips.delete(word);
  return [...slips];
}

describe("one-letter slips in surnames", () => {
  it("are typos that share a blocking key with the name, the slips in the first letter included", () => {
    let typos = 0;
    const apart: string[] = [];
    let firstLetter = 0;
    let firstLetterApart = 0;
    for (const surname of SURNAMES) {
      const name = `Anna ${surname}`;
      const keys = new Set(nameBlockingKeys(name));
      for (const slip of slipsOf(surname.toLowerCase())) {
        const slipped = `Anna ${slip}`;
        if (compareNames(name, slipped) === null) continue;
        typos++;
        const meets = nameBlockingKeys(slipped).some((key) => keys.has(key));
        const atStart = slip[0] !== surname[0]?.toLowerCase() || slip[1] !== surname[1]?.toLowerCase();
        if (atStart) firstLetter++;
        if (!meets) apart.push(slipped);
        if (!meets && atStart) firstLetterApart++;
      }
    }
    console.info(
      `${typos - apart.length} of ${typos} one-letter slips share a key (${firstLetter - firstLetterApart} of ${firstLetter} in the first two letters); apart:`,
      apart,
    );
    expect(typos).toBeGreaterThan(1000);
    expect((typos - apart.length) / typos).toBeGreaterThan(0.97);
  });
});
