import { parse } from "csv-parse/sync";
import { holdingRowSchema, type HoldingRow, type HoldingRowInput } from "./holding-row.ts";
import { isoDate } from "./iso-date.ts";
import { parseAmountMinor } from "./parse-amount.ts";

/** Header names (lower-case, German spellings too) and the contract field each fills. */
const COLUMNS: Record<string, keyof CsvFields> = {
  external_id: "externalId",
  id: "externalId",
  customer_number: "customerNumber",
  kundennummer: "customerNumber",
  email: "email",
  "e-mail": "email",
  phone: "phone",
  telefon: "phone",
  kind: "kind",
  art: "kind",
  name: "name",
  produkt: "name",
  reference: "reference",
  referenz: "reference",
  status: "status",
  opened_at: "openedAt",
  eroeffnet: "openedAt",
  balance: "balance",
  saldo: "balance",
  currency: "currency",
  waehrung: "currency",
  masked_pan: "maskedPan",
};

interface CsvFields {
  externalId: string;
  customerNumber: string;
  email: string;
  phone: string;
  kind: string;
  name: string;
  reference: string;
  status: string;
  openedAt: string;
  balance: string;
  currency: string;
  maskedPan: string;
}

export type CsvHoldingLine =
  { line: number; ok: true; row: HoldingRow } | { line: number; ok: false; error: string };

export interface ParsedHoldingsCsv {
  lines: CsvHoldingLine[];
  /** Header names that fill no field, so a typo in the export is visible rather than silently dropped. */
  ignoredColumns: string[];
}

/** Excel in a German locale writes ";" because "," is its decimal mark; the header line tells which. */
export function detectSeparator(text: string): ";" | "," {
  const header = text.split(/\r?\n/, 1)[0] ?? "";
  return header.split(";").length > header.split(",").length ? ";" : ",";
}

/** The contract's shape, still unchecked: the schema decides what is valid, for CSV as for JSON. */
function rowInput(fields: Partial<CsvFields>, sourceSystem: string): Record<string, unknown> | string {
  let balance: HoldingRowInput["balance"] = null;
  if (fields.balance) {
    const minor = parseAmountMinor(fields.balance);
    if (minor === null) return `balance "${fields.balance}" is not an amount (e.g. 1.234,56)`;
    balance = { minor, currency: (fields.currency ?? "EUR").toUpperCase() };
  }
  return {
    sourceSystem,
    externalId: fields.externalId ?? "",
    customer: {
      ...(fields.customerNumber ? { customerNumber: fields.customerNumber } : {}),
      ...(fields.email ? { email: fields.email } : {}),
      ...(fields.phone ? { phone: fields.phone } : {}),
    },
    kind: fields.kind?.toLowerCase(),
    name: fields.name ?? "",
    reference: fields.reference ?? "",
    ...(fields.status ? { status: fields.status.toLowerCase() } : {}),
    openedAt: fields.openedAt ? isoDate(fields.openedAt) : null,
    balance,
    details: fields.maskedPan ? { maskedPan: fields.maskedPan } : {},
  };
}

export function headerKey(name: string): string {
  return name
    .trim()
    .toLowerCase()
    .replace(/ä/g, "ae")
    .replace(/ö/g, "oe")
    .replace(/ü/g, "ue")
    .replace(/[\s]+/g, "_");
}

export function zodMessage(issues: readonly { path: PropertyKey[]; message: string }[]): string {
  return issues.map((issue) => `${issue.path.map(String).join(".") || "row"}: ${issue.message}`).join("; ");
}

/**
 * A holdings export as CSV, line by line into the same contract the import API takes. A line that
 * does not fit is reported with its line number and why; the others still count. A file that is
 * not CSV at all (an unclosed quote) throws the parser's error, which names the line.
 */
export function parseHoldingsCsv(text: string, sourceSystem: string): ParsedHoldingsCsv {
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
  const lines = records.map(({ fields, line }): CsvHoldingLine => {
    const input = rowInput(fields, sourceSystem);
    if (typeof input === "string") return { line, ok: false, error: input };
    const parsed = holdingRowSchema.safeParse(input);
    return parsed.success
      ? { line, ok: true, row: parsed.data }
      : { line, ok: false, error: zodMessage(parsed.error.issues) };
  });
  return { lines, ignoredColumns };
}
