import type { HoldingRowInput } from "@emma/core";

/** What a bank's IT sends: one account of a demo-like customer, named by customer number. */
export function exampleHolding(sourceSystem: string): HoldingRowInput {
  return {
    sourceSystem,
    externalId: "acc-4711",
    customer: { customerNumber: "K-100234" },
    kind: "account",
    name: "Girokonto Plus",
    reference: "DE02120300000000202051",
    status: "active",
    openedAt: "2024-03-01",
    balance: { minor: 123456, currency: "EUR" },
  };
}

/** The import endpoint on the API, which also serves this console: its origin is the API's. */
export function importEndpoint(origin: string): string {
  return `${origin}/import/holdings`;
}

/** A request as POST /import/holdings takes it: a JSON array, authenticated by the source's key. */
export function curlExample(origin: string, sourceSystem: string): string {
  const body = JSON.stringify([exampleHolding(sourceSystem)], null, 2);
  return [
    `curl -X POST ${importEndpoint(origin)} \\`,
    `  -H "Authorization: Bearer $EMMA_IMPORT_KEY" \\`,
    `  -H "Content-Type: application/json" \\`,
    `  --data-binary @- <<'JSON'`,
    body,
    "JSON",
  ].join("\n");
}

/** The same holding as a CSV export, German column names and numbers as Excel writes them. */
export const CSV_EXAMPLE = [
  "Kundennummer;E-Mail;Art;Produkt;Referenz;Status;Eroeffnet;Saldo;Waehrung;External_ID",
  "K-100234;;account;Girokonto Plus;DE02120300000000202051;active;01.03.2024;1.234,56;EUR;acc-4711",
].join("\n");

/** Run where Emma runs (it writes to Emma's database directly, so it needs no key). */
export function cliExample(sourceSystem: string): string {
  return `emma import holdings konten.csv --source ${sourceSystem}`;
}
