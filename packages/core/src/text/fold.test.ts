import { describe, expect, it } from "vitest";
import { fold, foldWithSources } from "./fold.ts";

describe("fold", () => {
  it.each([
    ["Müller", "Mueller", "Muller", "MÜLLER"],
    ["Weiß", "Weiss", "WEISS", "weiss"],
    ["José", "Jose", "JOSÉ", "Jose\u0301"],
    ["Überweisung", "Ueberweisung", "uberweisung", "UEBERWEISUNG"],
    ["Schröder", "Schroeder", "Schroder", "SCHRÖDER"],
    ["Gärtner", "Gaertner", "Gartner", "gärtner"],
    ["Çelik", "Celik", "ÇELİK", "çelik"],
  ])("lets %s, %s, %s and %s meet", (...spellings) => {
    expect(new Set(spellings.map(fold)).size).toBe(1);
  });

  it("keeps the e where it is not an umlaut's", () => {
    expect(fold("Bauer Feuer Quelle neue Steuer")).toBe("bauer feuer quelle neue steuer");
  });

  it("drops the e of ae, oe, ue at a word's start and after consonants", () => {
    expect(fold("Aerger Oel Goethe")).toBe("arger ol gothe");
  });

  it("keeps characters it has no rule for", () => {
    expect(fold("Иван 42 @anna_k 😀")).toBe("иван 42 @anna_k 😀");
  });

  it("knows where each folded character came from", () => {
    const folded = foldWithSources("Weiß-Müeller");
    expect(folded.text).toBe("weiss-muller");
    expect(folded.sources).toEqual([0, 1, 2, 3, 3, 4, 5, 6, 8, 9, 10, 11]);
  });

  it("counts code units of characters outside the basic plane", () => {
    const folded = foldWithSources("😀Ü");
    expect(folded.text).toBe("😀u");
    expect(folded.sources).toEqual([0, 0, 2]);
  });
});
