import { describe, expect, it } from "vitest";
import { foldText, matchScore } from "./filter-match.ts";

describe("matchScore", () => {
  it("ranks an exact key over a prefix over a key hit over a text hit", () => {
    expect(matchScore("karte", "karte", "")).toBe(4);
    expect(matchScore("kar", "karte", "")).toBe(3);
    expect(matchScore("gesperrt", "Karte gesperrt", "")).toBe(2);
    expect(matchScore("pin", "karte", "Die PIN kommt per Post")).toBe(1);
  });

  it("needs every word, in any order, and ignores accents and case", () => {
    expect(matchScore("post pin", "karte", "Die PIN kommt per Post")).toBe(1);
    expect(matchScore("pin brief", "karte", "Die PIN kommt per Post")).toBeNull();
    expect(matchScore("Jurgen", "Jürgen Weiß", "")).toBe(3);
    expect(foldText("Überweisung")).toBe("uberweisung");
  });

  it("matches everything for an empty query", () => {
    expect(matchScore("  ", "x", "y")).toBe(1);
  });
});
