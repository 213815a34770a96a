import { describe, expect, it } from "vitest";
import type { CountryCode } from "./country-code.ts";
import { normalizeIdentity } from "./normalize-identity.ts";

const phone = (value: string, defaultCountry: CountryCode = "DE") =>
  normalizeIdentity({ kind: "phone", value, display: "Anna" }, { defaultCountry });

describe("phone identities", () => {
  it.each([
    ["0171 1234567", "+491711234567"],
    ["0171/1234567", "+491711234567"],
    ["+49 171 1234567", "+491711234567"],
    ["00491711234567", "+491711234567"],
    ["+49 (0)30 1234567", "+49301234567"],
    ["030 1234567", "+49301234567"],
    ["tel:+491711234567", "+491711234567"],
    ["sip:+491711234567@pbx.example.de", "+491711234567"],
    ["+1 415 555 2671", "+14155552671"],
  ])("%s links as %s", (input, value) => {
    expect(phone(input)).toMatchObject({ ok: true, identity: { kind: "phone", value } });
  });

  it.each([
    ["4912347114711", "DE", "+4912347114711"],
    ["004912347114711", "DE", "+4912347114711"],
    ["4912347114711", "US", "+4912347114711"],
    ["004912347114711", "US", "+4912347114711"],
    ["4930123456", "FR", "+4930123456"],
    ["33142685300", "DE", "+33142685300"],
  ])(
    "reads a PBX's international number without + (%s, connector country %s) as %s",
    (input, country, value) => {
      expect(phone(input, country as CountryCode)).toMatchObject({ ok: true, identity: { value } });
    },
  );

  it.each([
    ["030123456", "DE", "+4930123456"],
    ["0301234567", "DE", "+49301234567"],
    ["4155552671", "US", "+14155552671"],
    ["0612345678", "IT", "+390612345678"],
  ])("still reads the national number %s with connector country %s as %s", (input, country, value) => {
    expect(phone(input, country as CountryCode)).toMatchObject({ ok: true, identity: { value } });
  });

  it("reads national numbers with the connector's country", () => {
    expect(phone("01 42 68 53 00", "FR")).toMatchObject({ ok: true, identity: { value: "+33142685300" } });
  });

  it("shows the number formatted internationally, not the caller's name", () => {
    expect(phone("01711234567")).toMatchObject({ identity: { display: "+49 171 1234567" } });
  });

  it.each([
    "",
    "  ",
    "anonymous",
    "Anonymous",
    "restricted",
    "unknown",
    "private",
    "unavailable",
    "+266696687",
    "+7378742833",
    "0",
    "123",
    "+49 171",
    "sip:anonymous@anonymous.invalid",
  ])("a withheld caller %j never links to a customer", (input) => {
    expect(phone(input)).toMatchObject({ ok: false, reason: "anonymous" });
  });

  it.each(["+49 999 1", "+999 1234567", "00000000", "Max Mustermann", "+49 171 12345678901234"])(
    "%j is rejected as invalid",
    (input) => {
      expect(phone(input)).toMatchObject({ ok: false, reason: "invalid" });
    },
  );
});
