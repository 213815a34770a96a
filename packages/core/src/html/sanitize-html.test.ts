import { describe, expect, it } from "vitest";
import { sanitizeEmailHtml } from "./sanitize-html.ts";

const clean = (html: string) => sanitizeEmailHtml(html).html;

describe("sanitizeEmailHtml: nothing runs", () => {
  it.each([
    [`<p>Hi<script>alert(1)</script></p>`, `<p>Hi</p>`],
    [`<img src="x.png" onerror="alert(1)">`, `<img src="x.png" />`],
    [`<svg onload="alert(1)"><circle r="1"/></svg>after`, `after`],
    [`<iframe src="https://evil.example"></iframe>text`, `text`],
    [`<object data="x.swf"></object><embed src="y.swf">`, ``],
    [`<form action="https://evil.example"><input name="pin"><button>Send</button></form>`, `Send`],
    [`<style>p{background:url(https://tracker.example/x)}</style><p>a</p>`, `<p>a</p>`],
    [`<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>`, ``],
    [
      `<meta http-equiv="refresh" content="0;url=https://evil.example"><base href="https://evil.example/">ok`,
      `ok`,
    ],
  ])("%s", (input, expected) => {
    expect(clean(input)).toBe(expected);
  });

  it("survives tag splitting tricks without leaving a script tag", () => {
    const output = clean(
      `<scr<script>ipt>alert(1)</scr</script>ipt><<script>script>alert(2)<</script>/script>`,
    );
    expect(output).not.toMatch(/<script/i);
    expect(output).not.toMatch(/<\/script/i);
  });

  it.each([
    `<a href="javascript:alert(1)">x</a>`,
    `<a href="JaVaScRiPt&#x3a;alert(1)">x</a>`,
    `<a href=" &#14;javascript:alert(1)">x</a>`,
    `<a href="vbscript:msgbox(1)">x</a>`,
    `<a href="data:text/html,<script>alert(1)</script>">x</a>`,
  ])("drops the dangerous link target in %s", (input) => {
    expect(clean(input)).toBe(`<a rel="noopener noreferrer" target="_blank">x</a>`);
  });

  it("keeps only raster data images", () => {
    expect(clean(`<img src="data:image/png;base64,iVBORw0KGgo=">`)).toBe(
      `<img src="data:image/png;base64,iVBORw0KGgo=" />`,
    );
    expect(clean(`<img src="data:image/svg+xml;base64,PHN2Zz4=">`)).toBe(`<img />`);
    expect(clean(`<img src="data:text/html;base64,PHNjcmlwdD4=">`)).toBe(`<img />`);
  });

  it("keeps no id or name that could clobber the console's DOM", () => {
    expect(clean(`<p id="root" name="x" class="y">a</p>`)).toBe(`<p>a</p>`);
  });
});

describe("sanitizeEmailHtml: mail still looks like mail", () => {
  it("keeps tables, formatting and safe inline styles", () => {
    const html = `<table width="100%" cellpadding="4"><tr><td bgcolor="#eeeeee" style="color: #333; font-size: 14px; padding: 4px"><b>Kontostand</b></td></tr></table>`;
    expect(clean(html)).toBe(
      `<table width="100%" cellpadding="4"><tr><td bgcolor="#eeeeee" style="color:#333;font-size:14px;padding:4px"><b>Kontostand</b></td></tr></table>`,
    );
  });

  it("drops styles that load, run or lay mail over the console", () => {
    const html = `<div style="color: red; background-image: url(https://t.example/x.png); position: fixed; width: expression(alert(1))">s</div>`;
    expect(clean(html)).toBe(`<div style="color:red">s</div>`);
  });

  it("opens links in a new window without access to the console", () => {
    expect(clean(`<a href="https://bank.example/help" target="_self" rel="opener">Hilfe</a>`)).toBe(
      `<a href="https://bank.example/help" target="_blank" rel="noopener noreferrer">Hilfe</a>`,
    );
    expect(clean(`<a href="mailto:service@bank.example">mail</a>`)).toContain(
      `href="mailto:service@bank.example"`,
    );
  });

  it("keeps inline cid: images for the API to resolve", () => {
    expect(clean(`<img src="cid:logo@mail" alt="Logo">`)).toBe(`<img alt="Logo" src="cid:logo@mail" />`);
  });
});

describe("sanitizeEmailHtml: remote content waits for the agent", () => {
  it("holds remote images back and says so", () => {
    expect(sanitizeEmailHtml(`<img src="https://tracker.example/open.gif?u=1" width="1">`)).toEqual({
      html: `<img width="1" data-remote-src="https://tracker.example/open.gif?u=1" />`,
      blockedRemoteContent: true,
    });
    expect(sanitizeEmailHtml(`<img src="//tracker.example/p.gif">`)).toEqual({
      html: `<img data-remote-src="https://tracker.example/p.gif" />`,
      blockedRemoteContent: true,
    });
  });

  it("ignores a data-remote-src the sender wrote", () => {
    expect(sanitizeEmailHtml(`<img data-remote-src="javascript:alert(1)">`)).toEqual({
      html: `<img />`,
      blockedRemoteContent: false,
    });
  });

  it("reports nothing blocked for mail without remote images", () => {
    expect(sanitizeEmailHtml(`<p>Hallo</p>`).blockedRemoteContent).toBe(false);
  });
});
