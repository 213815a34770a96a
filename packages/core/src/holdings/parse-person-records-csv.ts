import { parse } from "csv-parse/sync";
import { isoDate } from "./iso-date.ts";
import { detectSeparator, headerKey, zodMessage } from "./parse-holdings-csv.ts";
import { personRecordRowSchema, type PersonRecordRow } from "./person-record-row.ts";

/** Header names (lower-case, German spellings too) and the contract field each fills. */
const COLUMNS: Record<string, keyof CsvFields> = {
  customer_number: "customerNumber",
  kundennummer: "customerNumber",
  name: "name",
  birth_date: "birthDate",
  geburtsdatum: "birthDate",
  street: "street",
  strasse: "street",
  straße: "street",
  house_number: "houseNumber",
  hausnummer: "houseNumber",
  postal_code: "postalCode",
  plz: "postalCode",
  postleitzahl: "postalCode",
  city: "city",
  ort: "city",
  stadt: "city",
  country: "country",
  land: "country",
  email: "email",
  "e-mail": "email",
  phone: "phone",
  telefon: "phone",
};

interface CsvFields {
  customerNumber: string;
  name: string;
  birthDate: string;
  street: string;
  houseNumber: string;
  postalCode: string;
  city: string;
  country: string;
  email: string;
  phone: string;
}

export type CsvPersonLine =
  { line: number; ok: true; row: PersonRecordRow } | { line: number; ok: false; error: string };

export interface ParsedPersonRecordsCsv {
  lines: CsvPersonLine[];
  /** Header names that fill no field, so a typo in the export is visible rather than silently dropped. */
  ignoredColumns: string[];
}

function rowInput(fields: Partial<CsvFields>, sourceSystem: string): Record<string, unknown> {
  const hasAddress = Boolean(fields.street ?? fields.postalCode ?? fields.city ?? fields.houseNumber);
  return {
    sourceSystem,
    customerNumber: fields.customerNumber ?? "",
    name: fields.name ?? "",
    ...(fields.birthDate ? { birthDate: isoDate(fields.birthDate) } : {}),
    ...(hasAddress
      ? {
          address: {
            street: fields.street ?? "",
            houseNumber: fields.houseNumber || null,
            postalCode: fields.postalCode ?? "",
            city: fields.city ?? "",
            ...(fields.country ? { country: fields.country.toUpperCase() } : {}),
          },
        }
      : {}),
    ...(fields.email ? { email: fields.email } : {}),
    ...(fields.phone ? { phone: fields.phone } : {}),
  };
}

/**
 * A system of record's customer export as CSV, line by line into the same contract
 * POST /import/customers takes. A line that does not fit is reported with its line number and why.
 */
export function parsePersonRecordsCsv(text: string, sourceSystem: string): ParsedPersonRecordsCsv {
  const ignoredColumns: string[] = [];
  const records = parse<{ fields: Partial<CsvFields>; line: number }, Partial<CsvFields>>(text, {
    bom: true,
    delimiter: detectSeparator(text.replace(/^\uFEFF/, "")),
    columns: (header) =>
      header.map((name) => {
        const field = COLUMNS[headerKey(name)];
        if (!field) ignoredColumns.push(name);
        return field ?? null;
      }),
    relax_column_count: true,
    skip_empty_lines: true,
    trim: true,
    on_record: (fields, context) => ({ fields, line: context.lines }),
  });
  const lines = records.map(({ fields, line }): CsvPersonLine => {
    const parsed = personRecordRowSchema.safeParse(rowInput(fields, sourceSystem));
    return parsed.success
      ? { line, ok: true, row: parsed.data }
      : { line, ok: false, error: zodMessage(parsed.error.issues) };
  });
  return { lines, ignoredColumns };
}
