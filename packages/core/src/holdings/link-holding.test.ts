import { describe, expect, it } from "vitest";
import { decideHoldingLink, holdingLookupKeys, type LinkFound } from "./link-holding.ts";

const anna = { customerId: "anna", customerNumber: null };
const bert = { customerId: "bert", customerNumber: "K-2" };
const none: LinkFound = { byNumber: null, byEmail: null, byPhone: null };

describe("holdingLookupKeys", () => {
  it("normalizes e-mail and phone as identities are stored", () => {
    expect(holdingLookupKeys({ email: " Anna@Example.DE ", phone: "0171 2345678" }, "DE")).toEqual({
      customerNumber: null,
      email: "anna@example.de",
      phone: "+491712345678",
      invalid: null,
    });
  });

  it("flags an identifier that is no address or number", () => {
    expect(holdingLookupKeys({ email: "anna at example" }, "DE").invalid).toBe("invalid_email");
  });
});

describe("decideHoldingLink", () => {
  const keys = (customerNumber: string | null) => ({
    customerNumber,
    email: "a@b.de",
    phone: "+49171",
    invalid: null,
  });

  it("follows the customer number before anything else", () => {
    expect(decideHoldingLink(keys("K-2"), { byNumber: bert, byEmail: anna, byPhone: anna })).toEqual({
      linked: true,
      customerId: "bert",
      learnNumber: null,
    });
  });

  it("links by e-mail or phone when they agree, learning the number the customer lacked", () => {
    expect(decideHoldingLink(keys("K-9"), { ...none, byEmail: anna, byPhone: anna })).toEqual({
      linked: true,
      customerId: "anna",
      learnNumber: "K-9",
    });
    expect(decideHoldingLink(keys(null), { ...none, byPhone: anna })).toMatchObject({
      linked: true,
      customerId: "anna",
    });
  });

  it("refuses to guess between two people", () => {
    expect(decideHoldingLink(keys(null), { ...none, byEmail: anna, byPhone: bert })).toEqual({
      linked: false,
      reason: "ambiguous",
    });
  });

  it("refuses a match that already carries another customer number", () => {
    expect(decideHoldingLink(keys("K-9"), { ...none, byEmail: bert })).toEqual({
      linked: false,
      reason: "number_conflict",
    });
  });

  it("reports no match and unusable identifiers", () => {
    expect(decideHoldingLink(keys(null), none)).toEqual({ linked: false, reason: "no_match" });
    expect(
      decideHoldingLink({ ...keys(null), invalid: "invalid_phone" }, { ...none, byEmail: anna }),
    ).toEqual({
      linked: false,
      reason: "invalid_phone",
    });
  });
});
