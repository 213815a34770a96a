import { holdingRowSchema, holdingsRequestSchema } from "@emma/core";
import { parseHoldingsCsv } from "@emma/core/holdings-csv";
import { describe, expect, it } from "vitest";
import { CSV_EXAMPLE, cliExample, curlExample, exampleHolding } from "./import-examples.ts";

/** The JSON body between the curl command's here-document markers. */
function curlBody(curl: string): unknown {
  const body = curl.split("\n").slice(4, -1).join("\n");
  return JSON.parse(body);
}

describe("the import examples shown to the bank's IT", () => {
  it("send a body the import endpoint accepts, for the key's own source system", () => {
    const body = curlBody(curlExample("https://emma.bank.example", "depot-system"));
    const list = holdingsRequestSchema.parse(body);
    expect(list.map((row) => holdingRowSchema.parse(row).sourceSystem)).toEqual(["depot-system"]);
  });

  it("authenticate the way the endpoint reads a key, at the endpoint's path", () => {
    const curl = curlExample("https://emma.bank.example", "core-banking");
    expect(curl).toContain("curl -X POST https://emma.bank.example/import/holdings");
    expect(curl).toContain('-H "Authorization: Bearer $EMMA_IMPORT_KEY"');
  });

  it("show a CSV the CLI reads into the same holding", () => {
    const { lines, ignoredColumns } = parseHoldingsCsv(CSV_EXAMPLE, "core-banking");
    expect(ignoredColumns).toEqual([]);
    expect(lines).toEqual([
      { line: 2, ok: true, row: holdingRowSchema.parse(exampleHolding("core-banking")) },
    ]);
    expect(cliExample("core-banking")).toBe("emma import holdings konten.csv --source core-banking");
  });
});
