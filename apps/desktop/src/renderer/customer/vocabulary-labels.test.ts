import { KNOWN_CONSENT_SOURCES, PRODUCT_KINDS, PRODUCT_STATUSES } from "@emma/core";
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { consentSourceLabel, productKindLabel, productStatusLabel } from "./vocabulary-labels.ts";

const translators = new Map<"de" | "en", TFunction>();

beforeAll(async () => {
  for (const language of ["de", "en"] as const) {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { de: { translation: de }, en: { translation: en } },
      lng: language,
      // No fallback: a label missing in English must not pass as the German one.
      fallbackLng: false,
    });
    translators.set(language, instance.t);
  }
});

function translator(language: "de" | "en"): TFunction {
  const t = translators.get(language);
  if (!t) throw new Error(`no ${language} translator: beforeAll did not run`);
  return t;
}

type Labelled = (t: TFunction) => [value: string, label: string][];

// Every value the database allows (core's lists, compared with the check constraints in the API's
// core-lists.test.ts) and every value the demo writes (typed as core's known lists).
const cases: [string, Labelled][] = [
  ["product kind", (t) => PRODUCT_KINDS.map((kind) => [kind, productKindLabel(kind, t)])],
  ["product status", (t) => PRODUCT_STATUSES.map((status) => [status, productStatusLabel(status, t)])],
  ["consent source", (t) => KNOWN_CONSENT_SOURCES.map((source) => [source, consentSourceLabel(source, t)])],
];

describe.each(["de", "en"] as const)("the 360's labels in %s", (language) => {
  it.each(cases)("name every %s in words, never as its key", (_what, labelled) => {
    const labels = labelled(translator(language));
    for (const [value, text] of labels) {
      expect(text, value).not.toBe("");
      expect(text, value).not.toContain("customer360.");
      expect(text, value).not.toBe(value);
    }
    // Two values with one label would tell the agent nothing.
    expect(new Set(labels.map(([, text]) => text)).size).toBe(labels.length);
  });
});

describe("labels", () => {
  it("speak the console's language", () => {
    expect(productStatusLabel("active", translator("de"))).toBe("Aktiv");
    expect(productStatusLabel("active", translator("en"))).toBe("Active");
    expect(productStatusLabel("blocked", translator("de"))).toBe("Gesperrt");
    expect(consentSourceLabel("online-banking", translator("de"))).toBe("Onlinebanking");
  });

  it("show a source no language knows yet readably", () => {
    expect(consentSourceLabel("core_banking", translator("en"))).toBe("Core banking");
  });
});
