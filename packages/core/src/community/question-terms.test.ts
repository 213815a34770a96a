import { describe, expect, it } from "vitest";
import { questionTerms } from "./question-terms.ts";

const words = (subject: string | null, text: string | null) =>
  questionTerms({ subject, text }).map((term) => term.word);

describe("questionTerms", () => {
  it("keeps what the question is about and drops greeting, stop words, sign-off and signature", () => {
    const text = [
      "Hallo Frau Schmidt,",
      "",
      "meine Kreditkarte ist seit gestern gesperrt und ich kann nicht bezahlen.",
      "",
      "Viele Grüße",
      "Anna Müller",
      "Bahnhofstraße 5",
    ].join("\n");
    const found = words(null, text);
    expect(found).toEqual(expect.arrayContaining(["kreditkarte", "gesperrt", "bezahlen"]));
    for (const dropped of ["schmidt", "hallo", "meine", "ist", "anna", "muller", "bahnhofstrasse", "grusse"])
      expect(found).not.toContain(dropped);
  });

  it("drops English stop words, greetings and thanks", () => {
    const found = words(
      "Card blocked abroad",
      "Hi all,\nmy debit card was blocked in the US. Any idea?\nThanks!\nJohn",
    );
    expect(found).toEqual(expect.arrayContaining(["card", "blocked", "abroad", "debit"]));
    for (const dropped of ["the", "was", "my", "thanks", "john", "all"]) expect(found).not.toContain(dropped);
  });

  it("ignores quoted text and what follows a signature delimiter", () => {
    const text =
      "Die Push-TAN kommt nicht an.\n> Ihre Überweisung wurde ausgeführt\n--\nSparkasse Musterstadt";
    const found = words(null, text);
    expect(found).toEqual(expect.arrayContaining(["push", "tan"]));
    expect(found).not.toContain("uberweisung");
    expect(found).not.toContain("sparkasse");
  });

  it("weighs the subject's words above the message's, and folds umlauts", () => {
    const terms = questionTerms({ subject: "Überweisung zurückholen", text: "Geht das noch online?" });
    const weightOf = (word: string) => terms.find((term) => term.word === word)?.weight ?? 0;
    expect(weightOf("uberweisung")).toBeGreaterThan(weightOf("online"));
    expect(weightOf("zuruckholen")).toBeGreaterThan(weightOf("online"));
  });

  it("searches a long compound's head and tail too, as word starts", () => {
    const terms = questionTerms({ subject: null, text: "Kartensperre aufheben" });
    expect(terms).toContainEqual(expect.objectContaining({ word: "karte", prefix: true }));
    expect(terms).toContainEqual(expect.objectContaining({ word: "sperre", prefix: true }));
    expect(terms).toContainEqual(expect.objectContaining({ word: "kartensperre", prefix: false }));
  });

  it("keeps at most six words, the strongest, plus compounds' parts", () => {
    const text =
      "Dauerauftrag Lastschrift Zahlungseingang Girokonto Rechnungsnummer Überweisungsträger Bankleitzahl Filiale";
    const terms = questionTerms({ subject: "Filiale", text });
    expect(terms.filter((term) => term.weight >= 1).length).toBeLessThanOrEqual(6);
    expect(terms.map((term) => term.word)).toContain("filiale");
  });

  it("finds nothing to search in a greeting, a thank-you or an empty question", () => {
    expect(questionTerms({ subject: null, text: "Hallo zusammen,\nvielen Dank!" })).toEqual([]);
    expect(questionTerms({ subject: "Re: Frage", text: null })).toEqual([]);
    expect(questionTerms({ subject: null, text: null })).toEqual([]);
  });

  it("matches whole words by their stem and only compounds' parts as word starts", () => {
    const terms = questionTerms({ subject: null, text: "TAN App gesperrt Kontoführungsgebühr" });
    expect(terms.filter((term) => term.prefix).map((term) => term.word)).toEqual(["konto", "gebuhr"]);
  });
});
