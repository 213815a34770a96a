import { describe, expect, it } from "vitest";
import { htmlToText } from "./html-to-text.ts";

describe("htmlToText", () => {
  it("keeps paragraphs and line breaks as lines and decodes entities", () => {
    expect(htmlToText(`<p>Guten Tag,</p>\n<p>Konto &amp; Karte &lt;gesperrt&gt;<br>Danke</p>`)).toBe(
      "Guten Tag,\nKonto & Karte <gesperrt>\nDanke",
    );
  });

  it("collapses source whitespace like a browser", () => {
    expect(htmlToText(`<div>  viel\n\n   Platz  </div>`)).toBe("viel Platz");
  });

  it("separates table cells and drops code and chrome", () => {
    expect(
      htmlToText(
        `<title>Newsletter</title><style>p{}</style><script>x()</script><table><tr><td>IBAN</td><td>DE12</td></tr></table>`,
      ),
    ).toBe("IBAN DE12");
  });

  it("keeps text that looks like markup as text", () => {
    expect(htmlToText(`<p>&lt;script&gt;alert(1)&lt;/script&gt;</p>`)).toBe("<script>alert(1)</script>");
  });
});
