// @vitest-environment jsdom
import { describe, expect, it } from "vitest";
import { purifyMail } from "./purify-mail.ts";

const MAIL = `<p>Hallo <a href="https://bank.example/x">Link</a></p>
<img data-remote-src="https://tracker.example/open.gif" alt="pixel">
<img src="https://cdn.example/logo.png" srcset="https://cdn.example/logo2.png 2x">
<img src="data:image/png;base64,iVBORw0KGgo=" alt="inline">
<script>alert(1)</script><form action="https://evil.example"><input name="x"></form>
<p id="root" onclick="alert(2)" style="color: red">Text</p>`;

function parse(html: string): Document {
  return new DOMParser().parseFromString(html, "text/html");
}

describe("purifyMail", () => {
  it("keeps remote images unloaded until the agent allows them", () => {
    const { html, blockedImages } = purifyMail(MAIL, false);
    const doc = parse(html);
    expect(blockedImages).toBe(2);
    const srcs = [...doc.querySelectorAll("img")].map((img) => img.getAttribute("src"));
    expect(srcs).toEqual([null, null, "data:image/png;base64,iVBORw0KGgo="]);
    expect(doc.querySelector("[srcset]")).toBeNull();
  });

  it("loads https images once allowed", () => {
    const { html, blockedImages } = purifyMail(MAIL, true);
    const srcs = [...parse(html).querySelectorAll("img")].map((img) => img.getAttribute("src"));
    expect(blockedImages).toBe(0);
    expect(srcs).toEqual([
      "https://tracker.example/open.gif",
      "https://cdn.example/logo.png",
      "data:image/png;base64,iVBORw0KGgo=",
    ]);
  });

  it("drops scripts, forms, handlers and ids; links open outside", () => {
    const doc = parse(purifyMail(MAIL, false).html);
    expect(doc.querySelector("script, form, input")).toBeNull();
    expect(doc.querySelector("[onclick], [id]")).toBeNull();
    const link = doc.querySelector("a");
    expect(link?.getAttribute("rel")).toBe("noopener noreferrer");
    expect(link?.getAttribute("target")).toBe("_blank");
  });

  it("does not load a remote src that is plain http, even when allowed", () => {
    const { html } = purifyMail(`<img data-remote-src="http://tracker.example/p.gif">`, true);
    expect(parse(html).querySelector("img")?.getAttribute("src")).toBeNull();
  });
});
