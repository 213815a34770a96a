import { describe, expect, it } from "vitest";
import { communityQuery } from "./community-query.ts";

describe("communityQuery", () => {
  it("asks for any two of the words, each with its weight", () => {
    const query = communityQuery([
      { word: "karte", weight: 2, prefix: true },
      { word: "gesperrt", weight: 1, prefix: true },
      { word: "tan", weight: 1, prefix: false },
    ]);
    expect(query?.match).toBe("('karte':* & 'gesperrt':*) | ('karte':* & 'tan') | ('gesperrt':* & 'tan')");
    expect(query?.terms).toEqual([
      { query: "'karte':*", weight: 2 },
      { query: "'gesperrt':*", weight: 1 },
      { query: "'tan'", weight: 1 },
    ]);
  });

  it("asks for the only word when there is one, and for nothing without words", () => {
    expect(communityQuery([{ word: "sparplan", weight: 1, prefix: true }])?.match).toBe("'sparplan':*");
    expect(communityQuery([])).toBeNull();
  });
});
