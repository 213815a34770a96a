import { describe, expect, it } from "vitest";
import { withQuotedHistory, withQuotedHtml } from "./quote-reply.ts";

const quoted = {
  authorName: "Jana Roth",
  occurredAt: new Date("2026-11-20T08:15:00Z"),
  text: "Guten Tag,\n\nmeine Karte ist gesperrt.\n> ältere Zeile",
};

describe("withQuotedHistory", () => {
  it("puts the answered message under an attribution in the customer's language and our time zone", () => {
    expect(withQuotedHistory("Wir haben entsperrt.", quoted, "de")).toBe(
      "Wir haben entsperrt.\n\nAm 20.11.2026, 09:15 schrieb Jana Roth:\n> Guten Tag,\n>\n> meine Karte ist gesperrt.\n>> ältere Zeile\n",
    );
    expect(withQuotedHistory("Unblocked.", quoted, "en")).toContain(
      "On 20 Nov 2026, 09:15, Jana Roth wrote:\n> Guten Tag,",
    );
  });

  it("leaves a reply alone when there is nothing to quote", () => {
    expect(withQuotedHistory("Hallo", undefined, "de")).toBe("Hallo");
    expect(withQuotedHistory("Hallo", { ...quoted, text: "  " }, "de")).toBe("Hallo");
  });

  it("cuts a very long history", () => {
    const long = withQuotedHistory("Kurz", { ...quoted, text: "x".repeat(50_000) }, "de");
    expect(long.length).toBeLessThan(21_000);
    expect(long).toContain("[…]");
  });
});

describe("withQuotedHtml", () => {
  it("quotes the same message under the formatted reply, as text that cannot become markup", () => {
    const html = withQuotedHtml(
      "<p><strong>Entsperrt.</strong></p>",
      { ...quoted, text: "<b>Hilfe</b>\nDanke" },
      "de",
    );
    expect(html).toMatch(
      /^<p><strong>Entsperrt\.<\/strong><\/p>\n<p>Am 20\.11\.2026, 09:15 schrieb Jana Roth:<\/p>/,
    );
    expect(html).toContain("&lt;b&gt;Hilfe&lt;/b&gt;<br>\nDanke</blockquote>");
  });

  it("leaves the reply alone when there is nothing to quote", () => {
    expect(withQuotedHtml("<p>Hallo</p>", undefined, "de")).toBe("<p>Hallo</p>");
  });
});
