import { describe, expect, it } from "vitest";
import { bulletLines, insertLink, toggleWrap } from "./markdown-edit.ts";

describe("formatting the reply from the toolbar", () => {
  it("makes the selected word bold and keeps it selected", () => {
    const edit = toggleWrap("Ihre Karte ist entsperrt.", 15, 24, "**");
    expect(edit).toEqual({ text: "Ihre Karte ist **entsperrt**.", start: 17, end: 26 });
  });

  it("takes bold off again when pressed twice", () => {
    const once = toggleWrap("ist entsperrt.", 4, 13, "**");
    expect(toggleWrap(once.text, once.start, once.end, "**")).toEqual({
      text: "ist entsperrt.",
      start: 4,
      end: 13,
    });
  });

  it("keeps spaces selected with a word outside the markers, as markdown needs", () => {
    expect(toggleWrap("a wort b", 1, 7, "_").text).toBe("a _wort_ b");
  });

  it("puts the cursor between the markers when nothing is selected", () => {
    expect(toggleWrap("Hallo ", 6, 6, "**")).toEqual({ text: "Hallo ****", start: 8, end: 8 });
  });

  it("turns the selected lines into a bulleted list, once", () => {
    const text = "Bitte:\nPIN\nLimit\nDanke";
    const edit = bulletLines(text, 8, 14);
    expect(edit.text).toBe("Bitte:\n- PIN\n- Limit\nDanke");
    expect(bulletLines(edit.text, edit.start, edit.end).text).toBe(edit.text);
  });

  it("links the selection and selects the address to type", () => {
    const edit = insertLink("siehe FAQ", 6, 9, "Link");
    expect(edit.text).toBe("siehe [FAQ](https://)");
    expect(edit.text.slice(edit.start, edit.end)).toBe("https://");
  });
});
