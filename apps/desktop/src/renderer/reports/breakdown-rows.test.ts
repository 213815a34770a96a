import { emptyBreakdownValues, type BreakdownRow, type ReportBreakdownOutput } from "@emma/core";
import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { breakdownOf, placeOfPage } from "./breakdown-place.ts";
import { breakdownCsvOf, FIRST_SORT, narrowedTo, nextSort, sortRows, trendOf } from "./breakdown-rows.ts";
import type { ReportFilters } from "./report-filters.ts";

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

const TEAM = "3f1c9a1e-0000-4000-8000-000000000001";
const row = (
  id: string | null,
  name: string | null,
  current: Partial<BreakdownRow["current"]>,
  previous: Partial<BreakdownRow["previous"]> = {},
): BreakdownRow => ({
  id,
  name,
  current: { ...emptyBreakdownValues(), ...current },
  previous: { ...emptyBreakdownValues(), ...previous },
});
const ulrich = row("00000000-0000-4000-8000-00000000000u", "Ulrich", {
  contacts: 4,
  firstResponseMedian: 30,
});
const anna = row("00000000-0000-4000-8000-00000000000a", "Anna", { contacts: 9, firstResponseMedian: null });
const oezlem = row("00000000-0000-4000-8000-00000000000o", "Özlem", { contacts: 4, firstResponseMedian: 12 });
const nobody = row(null, null, { contacts: 20, firstResponseMedian: 90 });
const names = (rows: BreakdownRow[]) => rows.map((r) => r.name);

describe("sorting the breakdown", () => {
  it("starts by name in the language's order, the row without a name last either way", () => {
    const rows = [ulrich, nobody, oezlem, anna];
    expect(names(sortRows(rows, FIRST_SORT, "de"))).toEqual(["Anna", "Özlem", "Ulrich", null]);
    const back = nextSort(FIRST_SORT, "name");
    expect(back).toEqual({ column: "name", direction: "descending" });
    expect(names(sortRows(rows, back, "de"))).toEqual(["Ulrich", "Özlem", "Anna", null]);
  });

  it("sorts a figure from the largest first, then turns round; ties by name, nothing measured last", () => {
    const rows = [ulrich, nobody, oezlem, anna];
    const contacts = nextSort(FIRST_SORT, "contacts");
    expect(contacts).toEqual({ column: "contacts", direction: "descending" });
    expect(names(sortRows(rows, contacts, "de"))).toEqual([null, "Anna", "Özlem", "Ulrich"]);
    const fastest = nextSort(nextSort(FIRST_SORT, "firstResponseMedian"), "firstResponseMedian");
    expect(fastest.direction).toBe("ascending");
    expect(names(sortRows(rows, fastest, "de"))).toEqual(["Özlem", "Ulrich", null, "Anna"]);
    expect(names(sortRows(rows, nextSort(FIRST_SORT, "firstResponseMedian"), "de"))).toEqual([
      null,
      "Ulrich",
      "Özlem",
      "Anna",
    ]);
  });
});

describe("the change against the previous range", () => {
  it("is better when times, misses and the backlog fall and the SLA share rises; contacts are neither", () => {
    expect(trendOf("firstResponseMedian", 20, 30)).toBe("better");
    expect(trendOf("backlog", 12, 10)).toBe("worse");
    expect(trendOf("slaShare", 0.9, 0.8)).toBe("better");
    expect(trendOf("callsMissed", 3, 3)).toBe("same");
    expect(trendOf("contacts", 50, 10)).toBeNull();
    expect(trendOf("resolutionMedian", 20, null)).toBeNull();
  });
});

describe("from the breakdown to the reports", () => {
  const filters: ReportFilters = {
    report: "contacts",
    from: "2026-01-01",
    to: "2026-03-31",
    teamId: TEAM,
    agentId: null,
  };

  it("opens the report of the sorted column narrowed to the agent, within the team shown", () => {
    const sort = nextSort(FIRST_SORT, "slaShare");
    expect(narrowedTo(anna, { by: "agent", filters, sort })).toEqual({
      ...filters,
      report: "sla",
      agentId: anna.id,
    });
    expect(narrowedTo(nobody, { by: "agent", filters, sort })).toBeNull();
  });

  it("opens the contacts narrowed to the team when sorted by name", () => {
    const other = row("00000000-0000-4000-8000-0000000000f1", "Firmenkunden", {});
    expect(
      narrowedTo(other, { by: "team", filters: { ...filters, teamId: null }, sort: FIRST_SORT }),
    ).toEqual({ ...filters, report: "contacts", teamId: other.id, agentId: null });
  });

  it("reads and writes the breakdown's own link, keeping days and team", () => {
    const place = placeOfPage("agent", { ...filters, agentId: anna.id });
    expect(place).toEqual({
      rest: ["breakdown"],
      params: { by: "agent", from: "2026-01-01", to: "2026-03-31", team: TEAM },
    });
    expect(breakdownOf(place)).toBe("agent");
    expect(breakdownOf({ rest: ["breakdown"], params: { by: "nonsense" } })).toBe("team");
    expect(breakdownOf({ rest: ["sla"], params: {} })).toBeNull();
    expect(placeOfPage("calls", filters)).toEqual({
      rest: ["calls"],
      params: { from: "2026-01-01", to: "2026-03-31", team: TEAM },
    });
  });
});

describe("the breakdown as CSV", () => {
  const breakdown: ReportBreakdownOutput = {
    by: "agent",
    timeZone: "Europe/Berlin",
    current: { from: "2026-03-01", to: "2026-03-31" },
    previous: { from: "2026-01-29", to: "2026-02-28" },
    basis: "calendar",
    rows: [],
    total: {
      current: { ...emptyBreakdownValues(), contacts: 1234, slaShare: 0.875, firstResponseMedian: 65 },
      previous: { ...emptyBreakdownValues(), contacts: 1000, slaShare: 0.9, firstResponseMedian: 70 },
    },
  };
  const rows = [row(null, null, { contacts: 2, talkTime: 3725 }, { contacts: 5, talkTime: 60 })];

  it("writes every figure with its previous value and change as the German table does", () => {
    const lines = breakdownCsvOf(breakdown, rows, translators.de, "de").slice(1).split("\r\n");
    expect(lines[0]).toMatch(
      /^Agent;Kontakte \(Zeitraum\);Kontakte \(Vorzeitraum\);Kontakte \(Veränderung\);/,
    );
    expect(lines[1]).toMatch(/^Nicht zugewiesen;2;5;−3;–;–;–;/);
    expect(lines[1]).toContain(";1:02:05;1:00;");
    expect(lines[2]).toMatch(/^Gesamt;1\.234;1\.000;\+234;1 h 05 min;1 h 10 min;−5 min;/);
    expect(lines[2]).toMatch(/;87,5\s%;90\s%;-2,5 Pkt\.;/);
  });

  it("writes English with commas", () => {
    const lines = breakdownCsvOf(breakdown, rows, translators.en, "en").slice(1).split("\r\n");
    expect(lines[0]).toMatch(/^Agent,Contacts \(Range\),/);
    expect(lines[2]).toMatch(/^Total,"1,234","1,000",\+234,/);
  });
});
