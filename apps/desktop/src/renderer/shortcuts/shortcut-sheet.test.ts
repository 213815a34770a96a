// @vitest-environment jsdom
import { createInstance } from "i18next";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { I18nextProvider, initReactI18next } from "react-i18next";
import { describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import type { Messages } from "../i18n/messages.ts";
import { SHORTCUTS, shortcutLabelKey } from "./shortcut-registry.ts";
import { ShortcutSheet } from "./shortcut-sheet.tsx";

async function sheetIn(language: "de" | "en"): Promise<Document> {
  const i18n = createInstance();
  await i18n.use(initReactI18next).init({
    resources: { de: { translation: de }, en: { translation: en } },
    lng: language,
    interpolation: { escapeValue: false },
  });
  const html = renderToStaticMarkup(createElement(I18nextProvider, { i18n }, createElement(ShortcutSheet)));
  return new DOMParser().parseFromString(html, "text/html");
}

/** The words at a "section.key" (or deeper, "nav.sections.inbox") path of one language's messages. */
function wordsAt(messages: Messages, path: string): unknown {
  let node: unknown = messages;
  for (const key of path.split("."))
    node =
      typeof node === "object" && node !== null
        ? Object.entries(node).find(([k]) => k === key)?.[1]
        : undefined;
  return node;
}

describe("the ? overlay", () => {
  for (const [language, messages] of [
    ["de", de],
    ["en", en],
  ] as const) {
    it(`lists every shortcut of the registry with its keys and words (${language})`, async () => {
      const sheet = await sheetIn(language);
      for (const shortcut of SHORTCUTS) {
        const row = sheet.querySelector(`[data-shortcut="${shortcut.id}"]`);
        expect(row?.querySelector("dd")?.textContent, shortcut.id).toBe(
          wordsAt(messages, shortcutLabelKey(shortcut.label)),
        );
        const shown = [...(row?.querySelectorAll("kbd") ?? [])].map((kbd) => kbd.textContent);
        expect(shown, shortcut.id).toEqual(shortcut.keys.flatMap((keys) => keys.split(" ")));
      }
      const headings = [...sheet.querySelectorAll("h3")].map((h) => h.textContent);
      expect(headings).toEqual(Object.values(messages.shortcuts.groups));
    });
  }
});
