import { describe, expect, it } from "vitest";
import { countryCodeSchema } from "./country-code.ts";
import { identityKey } from "./identity-key.ts";
import { normalizeIdentities } from "./normalize-identities.ts";

describe("normalizeIdentities", () => {
  it("keeps usable identifiers once, in order, and says why the others were dropped", () => {
    const { identities, rejected } = normalizeIdentities(
      [
        { kind: "phone", value: "anonymous" },
        { kind: "email", value: "Anna@Example.de" },
        { kind: "phone", value: "0171 1234567" },
        { kind: "email", value: "<anna@example.de>" },
        { kind: "twitter", value: "@anna" },
      ],
      { defaultCountry: "DE" },
    );
    expect(identities.map(identityKey)).toEqual(["email:anna@example.de", "phone:+491711234567"]);
    expect(rejected.map((r) => [r.raw.kind, r.reason])).toEqual([
      ["phone", "anonymous"],
      ["twitter", "invalid"],
    ]);
  });
});

describe("identityKey", () => {
  it("is kind and value", () => {
    expect(identityKey({ kind: "forum", value: "community.example.de:42" })).toBe(
      "forum:community.example.de:42",
    );
  });
});

describe("countryCodeSchema", () => {
  it("accepts ISO codes in any case and refuses others", () => {
    expect(countryCodeSchema.parse(" de ")).toBe("DE");
    expect(countryCodeSchema.safeParse("XX").success).toBe(false);
    expect(countryCodeSchema.safeParse("Germany").success).toBe(false);
  });
});
