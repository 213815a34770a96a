import type { MergeReason } from "@emma/core";
import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { channelsText, suggestionSentences } from "./suggestion-wording.ts";

const customerIds = ["3f1c9a1e-0000-4000-8000-000000000001", "3f1c9a1e-0000-4000-8000-000000000002"];
const translators = {} as Record<"de" | "en", TFunction>;

beforeAll(async () => {
  for (const language of ["de", "en"] as const) {
    const i18n = createInstance();
    await i18n.init({
      lng: language,
      resources: { de: { translation: de }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    translators[language] = i18n.t;
  }
});

const likeness: MergeReason = {
  code: "likeness",
  score: 0.87,
  evidence: [
    { kind: "name", likeness: "spelling", names: ["Jürgen Weiß", "Juergen Weiss"], weight: 4 },
    { kind: "birth-date", same: true, weight: 3 },
  ],
  customerIds,
};

describe("a suggestion's reasons", () => {
  it("are one German sentence per piece of evidence, without the score or any customer id", () => {
    const sentences = suggestionSentences([likeness, likeness], translators.de, "de");
    expect(sentences).toEqual([
      "Gleicher Name, anders geschrieben (Jürgen Weiß / Juergen Weiss).",
      "Gleiches Geburtsdatum laut Kernsystem.",
    ]);
    expect(sentences.join(" ")).not.toMatch(/87|3f1c9a1e/);
  });

  it("keep other kinds of evidence as their one sentence, in English too", () => {
    const sentences = suggestionSentences(
      [likeness, { code: "agent-decision", customerIds }],
      translators.en,
      "en",
    );
    expect(sentences).toHaveLength(3);
    expect(sentences[2]).toBe("An agent decided that this is the same person.");
  });

  it("name the channels a customer is known on", () => {
    expect(channelsText(["email", "facebook"], translators.de, "de")).toBe("E-Mail und Facebook");
    expect(channelsText([], translators.en, "en")).toBe(en.mergeReview.noChannels);
  });

  it("say a rare name is rare, and leave a common one to the score", () => {
    const named = (sharedBy: number): MergeReason => ({
      code: "likeness",
      score: 0.7,
      evidence: [{ kind: "name", likeness: "same", names: ["Ida Quast", "Ida Quast"], sharedBy, weight: 6 }],
      customerIds,
    });
    expect(suggestionSentences([named(2)], translators.de, "de")).toEqual([
      "Gleicher Name (Ida Quast). Nur 2 Kunden haben einen so klingenden Namen.",
    ]);
    expect(suggestionSentences([named(40)], translators.en, "en")).toEqual(["Same name (Ida Quast)."]);
  });
});
