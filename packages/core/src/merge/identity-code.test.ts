import { describe, expect, it } from "vitest";
import {
  IDENTITY_CODE_ATTEMPTS,
  IDENTITY_CODE_CONFIRMED_MINUTES,
  codeOfAnswer,
  identityCodeMail,
  identityCodeOpen,
  identityCodeResult,
  maskedAddress,
  withoutCode,
} from "./identity-code.ts";

const now = new Date("2026-12-06T10:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);
const fresh = { expiresAt: minutes(10), attempts: 0, confirmedAt: null };

describe("a code read back", () => {
  it("is taken as people say it: spaces and dashes between the digits do not count", () => {
    expect(codeOfAnswer("482 913")).toBe("482913");
    expect(codeOfAnswer("48-29-13")).toBe("482913");
    expect(codeOfAnswer("48291")).toBeNull();
    expect(codeOfAnswer("48291a")).toBeNull();
  });

  it("is the same, different, expired or spent, in that order of what is checked first", () => {
    expect(identityCodeResult(undefined, true, now)).toBe("none");
    expect(identityCodeResult(fresh, true, now)).toBe("same");
    expect(identityCodeResult(fresh, false, now)).toBe("different");
    expect(identityCodeResult({ ...fresh, expiresAt: minutes(-1) }, true, now)).toBe("expired");
    // After the last wrong attempt even the right code learns nothing.
    expect(identityCodeResult({ ...fresh, attempts: IDENTITY_CODE_ATTEMPTS }, true, now)).toBe("spent");
  });

  it("stays confirmed for an hour after it was read back, also past its own expiry", () => {
    const confirmed = { expiresAt: minutes(-5), attempts: 2, confirmedAt: minutes(-20) };
    expect(identityCodeResult(confirmed, true, now)).toBe("same");
    expect(identityCodeOpen(confirmed, now)).toBe(true);
    const old = { ...confirmed, confirmedAt: minutes(-IDENTITY_CODE_CONFIRMED_MINUTES - 1) };
    expect(identityCodeResult(old, true, now)).toBe("expired");
    expect(identityCodeOpen(old, now)).toBe(false);
  });

  it("is no longer shown once it can neither be read back nor carry a merge", () => {
    expect(identityCodeOpen(fresh, now)).toBe(true);
    expect(identityCodeOpen({ ...fresh, expiresAt: minutes(-1) }, now)).toBe(false);
    expect(identityCodeOpen({ ...fresh, attempts: IDENTITY_CODE_ATTEMPTS }, now)).toBe(false);
  });
});

describe("the address and the mail", () => {
  it("masks an address so that two can be told apart but neither read out", () => {
    expect(maskedAddress("anna.schneider@example.de")).toBe("an•••@example.de");
    expect(maskedAddress("abc@example.de")).toBe("a•••@example.de");
    expect(maskedAddress("not-an-address")).toBe("•••");
  });

  it("says in the customer's language who asks, why, for how long, and what to do if it was not them", () => {
    const de = identityCodeMail({
      locale: "de",
      code: "482913",
      customerName: "Anna Schneider",
      agentName: "Nina",
    });
    expect(de.subject).toBe("Ihr Bestätigungscode");
    expect(de.text).toContain("Guten Tag Anna Schneider");
    expect(de.text).toContain("482913");
    expect(de.text).toContain("15 Minuten");
    expect(de.text).toContain("ignorieren Sie diese E-Mail");
    const en = identityCodeMail({ locale: "en", code: "482913", customerName: null, agentName: "Nina" });
    expect(en.subject).toBe("Your confirmation code");
    expect(en.text).toMatch(/^Hello,/);
    expect(en.text).toContain("Nina of our customer service");
  });

  it("blanks the code where agents read the mail", () => {
    expect(withoutCode("Ihr Code:\n\n482913\n", "482913")).toBe("Ihr Code:\n\n••••••\n");
  });
});
