import { describe, expect, it } from "vitest";
import { likePrefixPattern } from "./like-pattern.ts";
import { looksLikeEmail, looksLikePhone } from "./looks-like.ts";
import { searchTermsFor } from "./search-terms.ts";

describe("searchTermsFor", () => {
  it("looks an email address up by its normalized form", () => {
    expect(searchTermsFor("  Anna.Schmidt@Example.DE ", "DE")).toEqual([
      { kind: "identity", identityKind: "email", value: "anna.schmidt@example.de" },
    ]);
  });

  it.each(["0171/1234567", "0171 1234567", "+49 171 1234567", "+49 (0)171 123 45 67", "0049 171 1234567"])(
    "finds the phone number %s in E.164",
    (query) => {
      expect(searchTermsFor(query, "DE")).toContainEqual({
        kind: "identity",
        identityKind: "phone",
        value: "+491711234567",
      });
    },
  );

  it("tries a pasted provider id as a Facebook and an X id", () => {
    expect(searchTermsFor("1442207870283698181", "DE")).toEqual([
      { kind: "identity", identityKind: "facebook", value: "1442207870283698181" },
      { kind: "identity", identityKind: "twitter", value: "1442207870283698181" },
    ]);
  });

  it("looks an @handle up by the X display, in lower case", () => {
    expect(searchTermsFor("@Anna_K", "DE")).toEqual([
      { kind: "display", identityKind: "twitter", value: "@anna_k" },
    ]);
  });

  it("treats anything else as a name", () => {
    expect(searchTermsFor("  Anna   Schmidt ", "DE")).toEqual([{ kind: "name", value: "anna schmidt" }]);
    expect(searchTermsFor("Müller 2", "DE")).toEqual([{ kind: "name", value: "müller 2" }]);
  });

  it("asks nothing for an empty box", () => {
    expect(searchTermsFor("   ", "DE")).toEqual([]);
  });
});

describe("looksLike", () => {
  it("tells phones from years and postcodes", () => {
    expect(looksLikePhone("0171/1234567")).toBe(true);
    expect(looksLikePhone("+49 (0)30 1234567")).toBe(true);
    expect(looksLikePhone("2024")).toBe(false);
    expect(looksLikePhone("10115")).toBe(false);
    expect(looksLikePhone("Anna 0171")).toBe(false);
  });

  it("tells addresses from names", () => {
    expect(looksLikeEmail("anna@example.de")).toBe(true);
    expect(looksLikeEmail("anna@")).toBe(false);
    expect(looksLikeEmail("Anna Schmidt")).toBe(false);
  });
});

describe("likePrefixPattern", () => {
  it("matches what was typed literally", () => {
    expect(likePrefixPattern("50%_a\\b")).toBe("50\\%\\_a\\\\b%");
  });
});
