import { describe, expect, it } from "vitest";
import { replyLocale, replyWithLink } from "./reply-with-link.ts";

const link =
  "In unserem Community-Forum wurde diese Frage schon beantwortet: Karte gesperrt – https://forum.example/t/1";

describe("replyWithLink", () => {
  it("puts the link into an empty reply as it is", () => {
    expect(replyWithLink("", link)).toBe(link);
    expect(replyWithLink("  \n", link)).toBe(link);
  });

  it("adds the link as the reply's last paragraph", () => {
    expect(replyWithLink("Guten Tag Frau Müller,\n\nich helfe gern.\n", link)).toBe(
      `Guten Tag Frau Müller,\n\nich helfe gern.\n\n${link}`,
    );
  });

  it("does not add the same link twice", () => {
    const once = replyWithLink("Hallo,", link);
    expect(replyWithLink(once, link)).toBe(once);
  });
});

describe("replyLocale", () => {
  it("writes in the customer's language", () => {
    expect(replyLocale("en", "de")).toBe("en");
    expect(replyLocale("de-AT", "en")).toBe("de");
  });

  it("falls back to the agent's language for an unknown or other one", () => {
    expect(replyLocale(null, "de")).toBe("de");
    expect(replyLocale("fr", "en")).toBe("en");
  });
});
