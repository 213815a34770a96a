import { describe, expect, it } from "vitest";
import { readableKey } from "./readable-key.ts";

describe("readableKey", () => {
  it.each([
    ["core_banking", "Core banking"],
    ["web-form", "Web form"],
    ["webForm", "Web form"],
    ["SMS-OPT-IN", "Sms opt in"],
    ["  partner.portal  ", "Partner portal"],
    ["crm:import/2024", "Crm import 2024"],
    ["Filiale", "Filiale"],
  ])("%s reads as %s", (key, readable) => {
    expect(readableKey(key)).toBe(readable);
  });

  it("leaves nothing for a key that is only separators", () => {
    expect(readableKey(" _-_ ")).toBe("");
  });
});
