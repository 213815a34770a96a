import { describe, expect, it } from "vitest";
import { detectSeparator, parseHoldingsCsv } from "./parse-holdings-csv.ts";

const GERMAN = [
  "\uFEFFExternal_ID;Kundennummer;E-Mail;Telefon;Art;Produkt;Referenz;Status;Eröffnet;Saldo;Währung;Filiale",
  'GK-1;K-100;;;account;"Girokonto; Plus";DE89370400440532013000;active;01.03.2024;1.234,56;EUR;Köln',
  "KK-7;;anna@example.de;;card;Kreditkarte;KA-7;blocked;;-12,5;eur;",
  "",
  "LN-3;;;0171 2345678;loan;Kredit;L-3;;2023-01-15;;;",
].join("\r\n");

describe("parseHoldingsCsv", () => {
  it("reads a German Excel export: semicolons, decimal commas, German dates and headers", () => {
    const { lines, ignoredColumns } = parseHoldingsCsv(GERMAN, "core-banking");
    expect(ignoredColumns).toEqual(["Filiale"]);
    expect(lines.map((line) => line.line)).toEqual([2, 3, 5]);
    const [first, second, third] = lines;
    expect(first).toMatchObject({
      ok: true,
      row: {
        sourceSystem: "core-banking",
        externalId: "GK-1",
        customer: { customerNumber: "K-100" },
        name: "Girokonto; Plus",
        openedAt: "2024-03-01",
        balance: { minor: 123456, currency: "EUR" },
      },
    });
    expect(second).toMatchObject({
      ok: true,
      row: { status: "blocked", balance: { minor: -1250, currency: "EUR" } },
    });
    expect(third).toMatchObject({
      ok: true,
      row: { customer: { phone: "0171 2345678" }, status: "active", balance: null },
    });
  });

  it("reads comma-separated exports with English numbers", () => {
    const csv =
      'external_id,email,kind,name,reference,balance,currency\nD-1,a@b.de,deposit,Festgeld,FG-1,"10,000.50",EUR\n';
    expect(detectSeparator(csv)).toBe(",");
    expect(parseHoldingsCsv(csv, "crm").lines[0]).toMatchObject({
      ok: true,
      row: { balance: { minor: 1000050 } },
    });
  });

  it("reports each unusable line with its number and the reason, and keeps the rest", () => {
    const csv = [
      "external_id;email;kind;name;reference;balance",
      "A-1;a@b.de;account;Giro;R-1;zwölf",
      "A-2;;account;Giro;R-2;",
      "A-3;a@b.de;boat;Giro;R-3;",
      "A-4;a@b.de;account;Giro;R-4;5",
    ].join("\n");
    const { lines } = parseHoldingsCsv(csv, "core-banking");
    const failures = lines.map((line) =>
      line.ok ? `${String(line.line)}: ok` : `${String(line.line)}: ${line.error}`,
    );
    expect(failures[0]).toContain('2: balance "zwölf" is not an amount');
    expect(failures[1]).toContain("3: customer: name the customer by customerNumber, email or phone");
    expect(failures[2]).toMatch(/^4: kind: /);
    expect(failures[3]).toBe("5: ok");
  });

  it("throws on a file that is not CSV, naming the line", () => {
    expect(() => parseHoldingsCsv('external_id;name\n"A-1;Giro\n', "x")).toThrow(/line/i);
  });
});
