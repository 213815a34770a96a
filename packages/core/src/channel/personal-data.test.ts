import { describe, expect, it } from "vitest";
import { findPersonalData } from "./personal-data.ts";

describe("findPersonalData", () => {
  it("finds an IBAN written in groups or in one piece, in any case", () => {
    expect(findPersonalData("Bitte an DE89 3704 0044 0532 0130 00 überweisen")).toEqual(["iban"]);
    expect(findPersonalData("iban: de89370400440532013000.")).toEqual(["iban"]);
  });

  it("ignores what looks like an IBAN but fails its check digits", () => {
    expect(findPersonalData("Referenz DE00 3704 0044 0532 0130 00")).toEqual([]);
  });

  it("finds card numbers that pass the Luhn check, and not other long numbers", () => {
    expect(findPersonalData("Meine Karte 4111 1111 1111 1111 ist gesperrt")).toEqual(["card-number"]);
    expect(findPersonalData("Karte 5500-0000-0000-0004")).toEqual(["card-number"]);
    expect(findPersonalData("Bestellung 4111 1111 1111 1112")).toEqual([]);
  });

  it("finds an account number named as such", () => {
    expect(findPersonalData("Kontonummer: 0532013000, BLZ 37040044")).toEqual(["account-number"]);
    expect(findPersonalData("my account number is 12345678")).toEqual(["account-number"]);
  });

  it("finds e-mail addresses, also at the end of a sentence", () => {
    expect(findPersonalData("Schreiben Sie an anna.schmidt@example.de.")).toEqual(["email"]);
    expect(findPersonalData("Folgen Sie @emma_bank")).toEqual([]);
  });

  it("finds phone numbers, national ones read in the default country", () => {
    expect(findPersonalData("Rufen Sie +49 30 1234567 an")).toEqual(["phone"]);
    expect(findPersonalData("Rückruf unter 0171 2345678")).toEqual(["phone"]);
    expect(findPersonalData("Call 020 7946 0958", { defaultCountry: "GB" })).toEqual(["phone"]);
  });

  it("reports each kind once, in a fixed order, and an IBAN not again as a phone number", () => {
    const text = "Tel. 0171 2345678, IBAN DE89370400440532013000, Mail a@b.de, Tel. 030 1234567";
    expect(findPersonalData(text)).toEqual(["iban", "email", "phone"]);
  });

  it("finds nothing in an ordinary public answer", () => {
    expect(
      findPersonalData("Danke! Die Überweisung vom 12.03.2025 über 120,50 € ist angekommen. Ticket #48213"),
    ).toEqual([]);
  });
});
