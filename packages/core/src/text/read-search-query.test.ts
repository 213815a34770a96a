import { describe, expect, it } from "vitest";
import { readSearchQuery } from "./read-search-query.ts";

const read = (query: string) => readSearchQuery(query, "DE");

describe("readSearchQuery", () => {
  it("reads a name as folded words, an identity fragment and text", () => {
    expect(read("  Anna   Müller ")).toEqual({
      nameWords: ["anna", "muller"],
      identity: "anna muller",
      phoneDigits: null,
      phoneE164: null,
      reference: null,
      textQuery: "'anna':* & 'muller':*",
      highlightQuery: "('anna':* & 'muller':*) | ('anna':* & 'müller':*)",
    });
  });

  it("finds the same words for Mueller, Muller and Müller", () => {
    expect(read("Mueller").nameWords).toEqual(["muller"]);
    expect(read("Muller").textQuery).toBe("'muller':*");
  });

  it.each(["234567", "23 45 67", "23-45-67", "234 567"])("reads %s as the last digits of a phone", (q) => {
    expect(read(q)).toMatchObject({ phoneDigits: "234567", phoneE164: null, nameWords: [], identity: null });
  });

  it("drops the trunk 0 and the international 00 of a number's start", () => {
    expect(read("0171 1234567")).toMatchObject({ phoneDigits: "1711234567", phoneE164: "+491711234567" });
    expect(read("0049 171 1234567")).toMatchObject({
      phoneDigits: "491711234567",
      phoneE164: "+491711234567",
    });
    expect(read("+49 171 12")).toMatchObject({ phoneDigits: "4917112" });
  });

  it("takes fewer than four digits for no phone number", () => {
    expect(read("123").phoneDigits).toBeNull();
    expect(read("0123").phoneDigits).toBeNull();
  });

  it("reads part of an e-mail address as an identity fragment only", () => {
    expect(read("Schmidt@")).toMatchObject({ identity: "schmidt@", nameWords: [], phoneDigits: null });
    expect(read("@gmx")).toMatchObject({ identity: "@gmx", reference: null });
    expect(read("anna.müller@web.de").identity).toBe("anna.muller@web.de");
  });

  it("reads an IBAN typed with spaces and a contract number as references", () => {
    expect(read("DE89 3704 0044 0532").reference).toBe("de89370400440532");
    expect(read("KA-1000042-1").reference).toBe("ka10000421");
    expect(read("4711").reference).toBe("4711");
    expect(read("Konto").reference).toBeNull();
  });

  it("reads a forum username or handle as an identity fragment", () => {
    expect(read("bergfex_77")).toMatchObject({ identity: "bergfex_77", nameWords: ["bergfex", "77"] });
  });

  it("matches longer words as word starts and keeps short ones whole", () => {
    expect(read("PIN zu spät").textQuery).toBe("'pin':* & 'zu' & 'spat':*");
  });

  it("marks the words as typed only where folding changed them", () => {
    expect(read("Konto").highlightQuery).toBe("'konto':*");
  });

  it("asks for no text and no name with nothing but one-letter words", () => {
    expect(read("a b")).toMatchObject({ textQuery: null, highlightQuery: null, nameWords: [] });
  });
});
