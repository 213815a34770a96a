import type { AuditEntryView } from "@emma/core";
import { describe, expect, it } from "vitest";
import { csvField, csvHeader, csvRow } from "./audit-csv.ts";

const entry: AuditEntryView = {
  id: "7",
  at: "2026-03-04T05:06:07.089Z",
  actor: { id: "3f1c9a1e-0000-4000-8000-000000000001", name: "Stefan Supervisor" },
  action: "customer.searched",
  subjectType: "customer",
  subjectId: null,
  customer: null,
  details: [
    { key: "query", value: 'Müller "GmbH"; Köln' },
    { key: "resultCount", value: "2" },
  ],
  ip: "192.0.2.7",
};

describe("audit CSV", () => {
  it("names the columns in German with semicolons, or in English with commas", () => {
    expect(csvHeader("de")).toBe(
      "Zeitpunkt (UTC);Person;Aktion;Kunde;Kunden-ID;Gegenstand;Gegenstands-ID;Details;IP-Adresse\r\n",
    );
    expect(csvHeader("en")).toBe(
      "Time (UTC),Person,Action,Customer,Customer ID,Subject,Subject ID,Details,IP address\r\n",
    );
  });

  it("quotes a field with the separator or quotes, doubling the quotes", () => {
    expect(csvRow(entry, "de")).toBe(
      '2026-03-04T05:06:07.089Z;Stefan Supervisor;customer.searched;;;customer;;"query: Müller ""GmbH""; Köln; resultCount: 2";192.0.2.7\r\n',
    );
    expect(csvField("a,b", ",")).toBe('"a,b"');
    expect(csvField("a,b", ";")).toBe("a,b");
    expect(csvField("zwei\nZeilen", ";")).toBe('"zwei\nZeilen"');
  });

  it("keeps a spreadsheet from running a name or search as a formula", () => {
    expect(csvField('=HYPERLINK("http://x")', ";")).toBe('"\'=HYPERLINK(""http://x"")"');
    expect(csvField("+49 171", ";")).toBe("'+49 171");
    expect(csvField("@SUM(A1)", ";")).toBe("'@SUM(A1)");
    expect(csvField("Anna", ";")).toBe("Anna");
  });

  it("writes Emma as the actor of entries no person made", () => {
    expect(csvRow({ ...entry, actor: null, details: [] }, "en")).toContain(",Emma,");
  });
});
