import { describe, expect, it } from "vitest";
import { isAllowedExternalUrl } from "./is-allowed-external-url.ts";

describe("isAllowedExternalUrl", () => {
  it("opens https pages, one mail address and one phone number", () => {
    expect(isAllowedExternalUrl("https://www.bank.example/hilfe?x=1")).toBe(true);
    expect(isAllowedExternalUrl("mailto:kunde@example.de")).toBe(true);
    expect(isAllowedExternalUrl("tel:+4930123456")).toBe(true);
    expect(isAllowedExternalUrl("tel:+49 30 123456")).toBe(true);
  });

  it("refuses schemes that could run or read something", () => {
    for (const url of [
      "http://example.com",
      "file:///C:/Windows/system32/calc.exe",
      "javascript:alert(1)",
      "smb://host/share",
      "ms-msdt:/id",
      "data:text/html,hi",
      "vbscript:x",
    ]) {
      expect(isAllowedExternalUrl(url), url).toBe(false);
    }
  });

  it("refuses credentials, prefilled mails and odd phone numbers", () => {
    expect(isAllowedExternalUrl("https://user:pw@bank.example")).toBe(false);
    expect(isAllowedExternalUrl("mailto:a@example.de?body=hello")).toBe(false);
    expect(isAllowedExternalUrl("mailto:a@example.de,b@example.de")).toBe(false);
    expect(isAllowedExternalUrl("tel:*21*0900#")).toBe(false);
    expect(isAllowedExternalUrl(`https://bank.example/${"a".repeat(3000)}`)).toBe(false);
  });
});
