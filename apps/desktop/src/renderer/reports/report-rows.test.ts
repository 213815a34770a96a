import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import type { ShownFigure } from "./figure-label.ts";
import { reportCsv } from "./report-csv.ts";
import { reportCsvOf, tableFigures } from "./report-rows.ts";

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

const count = (
  key: string,
  labels: Record<string, string>,
  current: number,
  previous: number,
): ShownFigure => ({
  key,
  labels,
  unit: "count",
  current,
  previous,
});

const repeat: ShownFigure[] = [
  count("repeat|all|count", {}, 3, 1),
  { key: "repeat|all|share", labels: {}, unit: "share", current: 0.25, previous: null },
  count("repeat|phone>email|count", { from: "phone", to: "email" }, 2, 1),
  count("repeat|email>phone|count", { from: "email", to: "phone" }, 0, 0),
];

describe("the table of a report", () => {
  it("leaves out channel pairs nobody switched along", () => {
    expect(tableFigures("repeatContacts", repeat).map((f) => f.key)).toEqual([
      "repeat|all|count",
      "repeat|all|share",
      "repeat|phone>email|count",
    ]);
  });
});

describe("CSV of the shown report", () => {
  it("starts with a byte-order mark and a header, `;` in German", () => {
    const csv = reportCsvOf("repeatContacts", repeat, translators.de, "de");
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    expect(csv.slice(1).split("\r\n")).toEqual([
      "Kennzahl;Zeitraum;Vorzeitraum;Veränderung",
      "Wiederholte Kontakte;3;1;+2",
      "Anteil an allen Kontakten;25\u00a0%;–;–",
      "Telefon → E-Mail: Kontakte;2;1;+1",
      "",
    ]);
  });

  it("separates by comma in English and quotes what holds one", () => {
    const csv = reportCsvOf(
      "calls",
      [count("calls|answered", { outcome: "answered" }, 1200, 1000)],
      translators.en,
      "en",
    );
    expect(csv.slice(1).split("\r\n")[1]).toBe('Answered,"1,200","1,000",+200');
  });

  it("doubles quotes inside a quoted cell", () => {
    expect(reportCsv(["a"], [['say "hi"; bye']], "de")).toBe('\uFEFFa\r\n"say ""hi""; bye"\r\n');
  });
});
