import { describe, expect, it } from "vitest";
import { isLanguage, languageToShow } from "./language-choice.ts";

describe("languageToShow", () => {
  it("keeps the language switched to in this session over the saved one", () => {
    expect(languageToShow({ session: "en", saved: "de", machine: "de" })).toBe("en");
    expect(languageToShow({ session: "de", saved: "en", machine: "en" })).toBe("de");
  });

  it("applies the saved language when nothing was switched since sign-in", () => {
    expect(languageToShow({ session: null, saved: "en", machine: "de" })).toBe("en");
  });

  it("shows the login in the last agent's language on this machine, German at first", () => {
    expect(languageToShow({ session: null, saved: null, machine: "en" })).toBe("en");
    expect(languageToShow({ session: null, saved: null, machine: null })).toBe("de");
  });
});

describe("isLanguage", () => {
  it("accepts the console's languages only", () => {
    expect(isLanguage("de")).toBe(true);
    expect(isLanguage("en")).toBe(true);
    expect(isLanguage("fr")).toBe(false);
    expect(isLanguage(null)).toBe(false);
  });
});
