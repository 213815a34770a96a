import { describe, expect, it } from "vitest";
import { renderReplyMarkdown } from "./reply-markdown.ts";

describe("an e-mail reply written in markdown", () => {
  it("formats bold, italic, lists and links in HTML", () => {
    const { html } = renderReplyMarkdown(
      "Ihre Karte ist **entsperrt**, _bitte_ prüfen Sie:\n\n- die PIN\n- [das Limit](https://bank.example/limit)\n\n1. eins\n2. zwei",
    );
    expect(html).toContain("<strong>entsperrt</strong>");
    expect(html).toContain("<em>bitte</em>");
    expect(html).toMatch(
      /<ul>\s*<li>die PIN<\/li>\s*<li><a href="https:\/\/bank.example\/limit">das Limit<\/a><\/li>/,
    );
    expect(html).toMatch(/<ol>\s*<li>eins<\/li>\s*<li>zwei<\/li>\s*<\/ol>/);
  });

  it("keeps the plain-text part readable: lists with dashes, links with their address", () => {
    const { text } = renderReplyMarkdown(
      "Guten Tag,\n\nIhre Karte ist **entsperrt**.\n\n- die PIN\n- [das Limit](https://bank.example/limit)\n  - täglich\n\n3. drei\n4. vier\n\nGrüße",
    );
    expect(text).toBe(
      [
        "Guten Tag,",
        "",
        "Ihre Karte ist *entsperrt*.",
        "",
        "- die PIN",
        "- das Limit <https://bank.example/limit>",
        "  - täglich",
        "",
        "3. drei",
        "4. vier",
        "",
        "Grüße",
      ].join("\n"),
    );
  });

  it("keeps single line breaks, as typed in a mail program", () => {
    const rendered = renderReplyMarkdown("Zeile eins\nZeile zwei");
    expect(rendered.text).toBe("Zeile eins\nZeile zwei");
    expect(rendered.html).toBe("<p>Zeile eins<br>Zeile zwei</p>");
  });

  it("shows typed HTML as text in both parts instead of running it", () => {
    const rendered = renderReplyMarkdown(
      'Bitte <img src="https://evil.example/x.png"> und <b>fett</b> & mehr',
    );
    expect(rendered.html).not.toContain("<img");
    expect(rendered.html).not.toContain("<b>");
    expect(rendered.html).toContain("&lt;b&gt;fett&lt;/b&gt;");
    expect(rendered.text).toBe('Bitte <img src="https://evil.example/x.png"> und <b>fett</b> & mehr');
  });

  it("keeps escaped markdown characters and ampersands as typed in the text part", () => {
    expect(renderReplyMarkdown("2 \\* 3 & 4 < 5").text).toBe("2 * 3 & 4 < 5");
    expect(renderReplyMarkdown("snake_case_name bleibt").text).toBe("snake_case_name bleibt");
  });

  it("writes a bare address once, not as a link to itself", () => {
    const { text, html } = renderReplyMarkdown("Siehe https://bank.example/faq oder service@bank.example");
    expect(text).toBe("Siehe https://bank.example/faq oder service@bank.example");
    expect(html).toContain('<a href="https://bank.example/faq">https://bank.example/faq</a>');
  });
});
