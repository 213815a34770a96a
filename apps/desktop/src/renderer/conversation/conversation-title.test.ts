import i18next from "i18next";
import { describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { conversationTitle } from "./conversation-title.ts";

const i18n = i18next.createInstance();
await i18n.init({ resources: { de: { translation: de }, en: { translation: en } }, lng: "de" });

describe("conversationTitle", () => {
  it("calls a phone conversation the call from its customer, in the console's language", async () => {
    const call = { subject: null, channel: "phone" as const, customerName: "Anna Schmidt" };
    expect(conversationTitle(call, i18n.t)).toBe("Anruf von Anna Schmidt");
    await i18n.changeLanguage("en");
    expect(conversationTitle(call, i18n.t)).toBe("Call from Anna Schmidt");
    expect(conversationTitle({ ...call, customerName: null }, i18n.t)).toBe("Call from a withheld number");
    await i18n.changeLanguage("de");
    expect(conversationTitle({ ...call, customerName: null }, i18n.t)).toBe("Anruf mit unterdrückter Nummer");
  });

  it("keeps a subject, and says there is none for other channels", () => {
    expect(
      conversationTitle({ subject: "Kartensperre", channel: "email", customerName: "Anna" }, i18n.t),
    ).toBe("Kartensperre");
    expect(conversationTitle({ subject: null, channel: "email", customerName: "Anna" }, i18n.t)).toBe(
      "(ohne Betreff)",
    );
  });
});
