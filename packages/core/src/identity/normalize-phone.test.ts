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
