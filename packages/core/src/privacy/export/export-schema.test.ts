import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { customerExportJsonSchema } from "./export-schema.ts";

const documented = new URL("../../../../../docs/customer-export.schema.json", import.meta.url);

describe("the export's JSON Schema", () => {
  it("is a versioned JSON Schema of export.json", () => {
    const schema = customerExportJsonSchema();
    expect(schema.$schema).toBe("https://json-schema.org/draft/2020-12/schema");
    expect(schema).toMatchObject({ properties: { schemaVersion: { const: 1 } } });
  });

  it("is the one documented in docs/: a change to the contract changes the documented file too", () => {
    const file: unknown = JSON.parse(readFileSync(documented, "utf8"));
    expect(file).toEqual(customerExportJsonSchema());
  });
});
