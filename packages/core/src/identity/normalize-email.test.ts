import { describe, expect, it } from "vitest";
import { normalizeIdentity } from "./normalize-identity.ts";

const email = (value: string, display?: string) =>
  normalizeIdentity({ kind: "email", value, display }, { defaultCountry: "DE" });

describe("email identities", () => {
  it.each([
    ["Anna.Schmidt@Example.DE", "anna.schmidt@example.de"],
    ["  anna@example.de  ", "anna@example.de"],
    ["<anna@example.de>", "anna@example.de"],
    ["mailto:anna@example.de", "anna@example.de"],
    ["<mailto:Anna@Example.de?subject=Hallo>", "anna@example.de"],
    ["kunde@Bücher.example", "kunde@xn--bcher-kva.example"],
    ["kunde@xn--bcher-kva.example", "kunde@xn--bcher-kva.example"],
  ])("%s links as %s", (input, value) => {
    const result = email(input);
    expect(result).toMatchObject({ ok: true, identity: { kind: "email", value } });
  });

  it("the same person written two ways is one identity", () => {
    const a = email("<ANNA@BÜCHER.example>");
    const b = email("mailto:anna@xn--bcher-kva.example");
    expect(a.ok && b.ok && a.identity.value === b.identity.value).toBe(true);
  });

  it("shows the address as written, or the sender's name when given", () => {
    expect(email("<Anna@Example.de>")).toMatchObject({ identity: { display: "Anna@Example.de" } });
    expect(email("anna@example.de", "Anna Schmidt")).toMatchObject({ identity: { display: "Anna Schmidt" } });
  });

  it.each([
    "anna",
    "@example.de",
    "anna@",
    "anna@localhost",
    "anna@@example.de",
    "anna@b@example.de",
    "an na@example.de",
    "anna@exa mple.de",
    "anna@example.de:25",
    "anna@example.de/path",
    "anna@example..de",
    "anna@example.de.",
    "anna@127.0.0.1",
    "anna@0x7f.1",
    `${"a".repeat(65)}@example.de`,
  ])("rejects %s as invalid", (input) => {
    expect(email(input)).toMatchObject({ ok: false, reason: "invalid" });
  });

  it("reports an empty address as empty", () => {
    expect(email("  <>  ")).toMatchObject({ ok: false, reason: "empty" });
  });
});
