import { describe, expect, it } from "vitest";
import { parsePersonRecordsCsv } from "./parse-person-records-csv.ts";

describe("person records CSV", () => {
  it("reads a German export with German dates and an address", () => {
    const csv = [
      "Kundennummer;Name;Geburtsdatum;Straße;Hausnummer;PLZ;Ort;E-Mail",
      "K-100;Anna Schneider;07.03.1985;Hauptstraße;12a;10115;Berlin;anna@example.de",
    ].join("\n");
    const { lines, ignoredColumns } = parsePersonRecordsCsv(csv, "core-banking");
    expect(ignoredColumns).toEqual([]);
    expect(lines).toEqual([
      {
        line: 2,
        ok: true,
        row: {
          sourceSystem: "core-banking",
          customerNumber: "K-100",
          name: "Anna Schneider",
          birthDate: "1985-03-07",
          address: {
            street: "Hauptstraße",
            houseNumber: "12a",
            postalCode: "10115",
            city: "Berlin",
            country: "DE",
          },
          email: "anna@example.de",
        },
      },
    ]);
  });

  it("names the line and the field of a row it cannot take", () => {
    const csv = ["customer_number,name,birth_date,colour", "K-1,,1985-02-30,blue", "K-2,Bo Berg,,"].join(
      "\n",
    );
    const { lines, ignoredColumns } = parsePersonRecordsCsv(csv, "core-banking");
    expect(ignoredColumns).toEqual(["colour"]);
    expect(lines[0]).toMatchObject({ line: 2, ok: false });
    const error = lines[0]?.ok === false ? lines[0].error : "";
    expect(error).toMatch(/name/);
    expect(error).toMatch(/birthDate/);
    expect(lines[1]).toMatchObject({ line: 3, ok: true, row: { customerNumber: "K-2", name: "Bo Berg" } });
  });
});
