import { describe, expect, it } from "vitest";
import { KNOWN_CONSENT_SOURCES, isKnownConsentSource } from "./consent-vocabulary.ts";

describe("the consent vocabulary", () => {
  it("knows its own sources", () => {
    for (const source of KNOWN_CONSENT_SOURCES) expect(isKnownConsentSource(source)).toBe(true);
  });

  it("does not take other words for known ones", () => {
    expect(isKnownConsentSource("core_banking")).toBe(false);
    expect(isKnownConsentSource("")).toBe(false);
  });
});
