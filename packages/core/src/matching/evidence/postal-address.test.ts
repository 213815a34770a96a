import { describe, expect, it } from "vitest";
import type { PostalAddress } from "../match-profile.ts";
import { comparePostalAddresses } from "./compare-postal-addresses.ts";
import { normalizePostalAddress, postalAddressKey } from "./postal-address.ts";

const at = (
  street: string,
  houseNumber: string | null,
  postalCode = "80331",
  city = "München",
): PostalAddress => ({
  street,
  houseNumber,
  postalCode,
  city,
  country: "DE",
});

describe("normalizePostalAddress", () => {
  it("folds the street, unifies Straße and Platz and reads the house number from the street", () => {
    expect(
      normalizePostalAddress({
        street: "Müller-Straße 5 A",
        houseNumber: null,
        postalCode: "D-80331",
        city: "München",
        country: "",
      }),
    ).toEqual({
      street: "mullerstr",
      houseNumber: "5a",
      postalCode: "80331",
      city: "munchen",
      country: "DE",
    });
    expect(normalizePostalAddress(at("Marienpl.", "5 – 7")).street).toBe("marienpl");
    expect(normalizePostalAddress(at("Marienplatz", "5 – 7")).houseNumber).toBe("5-7");
    expect(normalizePostalAddress(at("Strandweg", "1")).street).toBe("strandweg");
    expect(normalizePostalAddress(at("Plauener Weg 12/1", null))).toMatchObject({
      street: "plauenerweg",
      houseNumber: "12/1",
    });
    expect(normalizePostalAddress({ ...at("Ring", "1"), country: "Österreich" }).country).toBe("AT");
  });
});

describe("comparePostalAddresses", () => {
  it("finds the same address however the street is spelled", () => {
    const spellings = ["Hauptstraße", "Hauptstrasse", "Hauptstr.", "Haupt-Str.", "Haupt Str", "HAUPTSTRASSE"];
    for (const street of spellings)
      expect(comparePostalAddresses(at("Hauptstraße", "5a"), at(street, "5 a"))).toBe("same");
    expect(comparePostalAddresses(at("Hauptstraße 5a", null), at("Hauptstr.", "5A"))).toBe("same");
  });

  it("tells a neighbour in the same street from another place", () => {
    expect(comparePostalAddresses(at("Hauptstraße", "5"), at("Hauptstr.", "7"))).toBe("same-street");
    expect(comparePostalAddresses(at("Hauptstraße", "5"), at("Hauptstr.", null))).toBe("same-street");
    expect(comparePostalAddresses(at("Hauptstraße", "5"), at("Nebenstraße", "5"))).toBe("different");
    expect(comparePostalAddresses(at("Hauptstraße", "5"), at("Hauptstraße", "5", "10115", "Berlin"))).toBe(
      "different",
    );
    expect(comparePostalAddresses(at("Hauptstraße", "5"), { ...at("Hauptstraße", "5"), country: "AT" })).toBe(
      "different",
    );
  });

  it("compares the city where one postcode is missing", () => {
    expect(comparePostalAddresses(at("Hauptstraße", "5"), at("Hauptstr.", "5", "", "MUENCHEN"))).toBe("same");
    expect(comparePostalAddresses(at("Hauptstraße", "5"), at("Hauptstr.", "5", "", "Augsburg"))).toBe(
      "different",
    );
  });

  it("says nothing alike of addresses without a street", () => {
    expect(comparePostalAddresses(at("", null), at("", null))).toBe("different");
  });
});

describe("postalAddressKey", () => {
  it("puts every spelling of a street under one key, without the house number", () => {
    expect(postalAddressKey(at("Hauptstraße", "5"))).toBe("a:80331:hauptstr");
    expect(postalAddressKey(at("Haupt-Str. 7", null))).toBe("a:80331:hauptstr");
  });

  it("gives no key when the postcode or the street is missing", () => {
    expect(postalAddressKey(at("Hauptstraße", "5", " "))).toBeNull();
    expect(postalAddressKey(at(" ", null))).toBeNull();
  });
});
