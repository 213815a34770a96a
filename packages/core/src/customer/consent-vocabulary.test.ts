import { describe, expect, it } from "vitest";
import {
  KNOWN_CONSENT_PURPOSES,
  KNOWN_CONSENT_SOURCES,
  isKnownConsentPurpose,
  isKnownConsentSource,
} from "./consent-vocabulary.ts";

describe("the consent vocabulary", () => {
  it("knows its own purposes and sources", () => {
    for (const purpose of KNOWN_CONSENT_PURPOSES) expect(isKnownConsentPurpose(purpose)).toBe(true);
    for (const source of KNOWN_CONSENT_SOURCES) expect(isKnownConsentSource(source)).toBe(true);
  });

  it("does not take other words for known ones", () => {
    expect(isKnownConsentPurpose("profiling")).toBe(false);
    expect(isKnownConsentPurpose("Email")).toBe(false);
    expect(isKnownConsentSource("core_banking")).toBe(false);
    expect(isKnownConsentSource("")).toBe(false);
  });
});
