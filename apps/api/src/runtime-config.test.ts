import { describe, expect, it } from "vitest";
import { DEVELOPMENT_CONSOLE_ORIGINS, runtimeConfig, withDevelopmentOrigins } from "./runtime-config.ts";

describe("the runtime configuration", () => {
  it("lets no other browser origin call a production API unless the admin names it", () => {
    expect(runtimeConfig({}).EMMA_CONSOLE_ORIGINS).toEqual([]);
    expect(
      runtimeConfig({ EMMA_CONSOLE_ORIGINS: "https://console.bank.example, https://c2.bank.example:8443" })
        .EMMA_CONSOLE_ORIGINS,
    ).toEqual(["https://console.bank.example", "https://c2.bank.example:8443"]);
  });

  it("adds the development console's origins for emma demo only", () => {
    const demo = withDevelopmentOrigins(
      runtimeConfig({ EMMA_CONSOLE_ORIGINS: "https://console.bank.example" }),
    );
    expect(demo.EMMA_CONSOLE_ORIGINS).toEqual([
      "https://console.bank.example",
      ...DEVELOPMENT_CONSOLE_ORIGINS,
    ]);
  });

  it("retries failed inbound events on a 5 s unit unless told otherwise, and never spins", () => {
    expect(runtimeConfig({}).EMMA_INGEST_RETRY_UNIT_MS).toBe(5_000);
    expect(runtimeConfig({ EMMA_INGEST_RETRY_UNIT_MS: "500" }).EMMA_INGEST_RETRY_UNIT_MS).toBe(500);
    expect(() => runtimeConfig({ EMMA_INGEST_RETRY_UNIT_MS: "0" })).toThrow(/EMMA_INGEST_RETRY_UNIT_MS/);
    expect(() => runtimeConfig({ EMMA_INGEST_RETRY_UNIT_MS: "soon" })).toThrow(/EMMA_INGEST_RETRY_UNIT_MS/);
  });

  it("says which origin is wrong instead of never matching it", () => {
    expect(() => runtimeConfig({ EMMA_CONSOLE_ORIGINS: "https://console.bank.example/app" })).toThrow(
      /"https:\/\/console.bank.example\/app" is not an origin[\s\S]*EMMA_CONSOLE_ORIGINS/,
    );
    expect(() => runtimeConfig({ EMMA_CONSOLE_ORIGINS: "console.bank.example" })).toThrow(
      /EMMA_CONSOLE_ORIGINS/,
    );
  });
});
