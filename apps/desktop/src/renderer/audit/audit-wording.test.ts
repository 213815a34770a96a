import { AUDIT_ACTIONS } from "@emma/core";
import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import {
  accessActionsText,
  accessSummaryText,
  auditActionText,
  auditActorText,
  auditDetailsText,
} from "./audit-wording.ts";

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

const person = {
  actor: { id: "3f1c9a1e-0000-4000-8000-000000000001", name: "Anna Agentin" },
  firstAt: "2026-06-01T07:01:00.000Z",
  lastAt: "2026-06-06T07:06:00.000Z",
  views: 3,
  actions: [
    { action: "customer.viewed", count: 2 },
    { action: "conversation.note_added", count: 1 },
  ],
};

describe("audit wording", () => {
  it("says every known action in plain German and English, never as its code", () => {
    for (const action of AUDIT_ACTIONS) {
      for (const language of ["de", "en"] as const) {
        const text = auditActionText(action, translators[language]);
        expect(text).not.toBe(action);
        expect(text).not.toContain("audit.actionNames");
      }
    }
    expect(auditActionText("customer.viewed", translators.de)).toBe("Kunde angesehen");
    expect(auditActionText("customer.viewed", translators.en)).toBe("Viewed customer");
  });

  it("shows an action it does not know by its code", () => {
    expect(auditActionText("report.exported", translators.de)).toBe("report.exported");
  });

  it("names Emma for entries no person made", () => {
    expect(auditActorText(null, translators.de)).toBe("Emma (automatisch)");
    expect(auditActorText(person.actor, translators.en)).toBe("Anna Agentin");
  });

  it("puts the details on one line", () => {
    expect(
      auditDetailsText([
        { key: "query", value: "Müller" },
        { key: "resultCount", value: "2" },
      ]),
    ).toBe("query: Müller · resultCount: 2");
  });

  it("sums up a person's access with how often they read and from when to when", () => {
    expect(accessSummaryText(person, translators.de, "de")).toMatch(
      /^3-mal gelesen · 01\.06\.2026, \d\d:01 bis 06\.06\.2026, \d\d:06$/,
    );
    expect(accessSummaryText({ ...person, views: 1 }, translators.en, "en")).toMatch(
      /^read once · 1 Jun 2026/,
    );
    expect(accessSummaryText({ ...person, views: 0, lastAt: person.firstAt }, translators.en, "en")).toMatch(
      /^1 Jun 2026, \d\d:01$/,
    );
  });

  it("lists what the person did with counts", () => {
    expect(accessActionsText(person, translators.de, "de")).toBe(
      "Kunde angesehen (2), Notiz geschrieben (1)",
    );
    expect(accessActionsText(person, translators.en, "en")).toBe("Viewed customer (2), Wrote a note (1)");
  });
});
