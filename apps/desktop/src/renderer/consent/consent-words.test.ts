import type { ConsentCell, ConsentRecord } from "@emma/core";
import i18next, { type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { cellWords, refusalWords, replyWithdrawal } from "./consent-words.ts";

let t: Record<"de" | "en", TFunction>;
beforeAll(async () => {
  const translator = async (lng: "de" | "en") => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { de: { translation: de }, en: { translation: en } },
      lng,
      fallbackLng: false,
    });
    return instance.t;
  };
  t = { de: await translator("de"), en: await translator("en") };
});

const stop: ConsentRecord = {
  id: "r1",
  channel: "email",
  purpose: "service",
  state: "withdrawn",
  how: "customer-keyword",
  at: "2026-12-04T10:00:00Z",
  recordedBy: null,
  note: null,
};
const cell = (fields: Partial<ConsentCell>): ConsentCell => ({
  channel: "email",
  purpose: "service",
  allowed: true,
  deciding: null,
  ...fields,
});

describe("consent in words", () => {
  it("says when and how the customer decided, in both languages", () => {
    const withdrawn = cell({ allowed: false, deciding: stop });
    expect(cellWords(withdrawn, t.de, "de")).toBe("Widerrufen am 04.12.2026, mit eigener Nachricht („STOP“)");
    expect(cellWords(withdrawn, t.en, "en")).toBe("Withdrawn on 4 Dec 2026, in their own message (“STOP”)");
    expect(cellWords(cell({ purpose: "marketing", allowed: false }), t.de, "de")).toBe(
      "Nichts erfasst: nicht erlaubt",
    );
  });

  it("gives the outbox's refusal its reason", () => {
    const refusal = { channel: "email", purpose: "service", since: stop.at, how: "letter" } as const;
    expect(refusalWords(refusal, t.de, "de")).toBe(
      "Nicht versendet: Der Kunde hat am 04.12.2026 per Brief widersprochen, über E-Mail Servicenachrichten zu erhalten. Nach erneuter Einwilligung lässt sich die Antwort erneut senden.",
    );
    expect(refusalWords(refusal, t.en, "en")).toContain(
      "Not sent: the customer objected to receiving service messages on Email (4 Dec 2026, by letter).",
    );
  });

  it("warns the composer only about a withdrawal of service messages on the reply's channel", () => {
    const cells = [
      cell({ allowed: false, deciding: stop }),
      cell({ purpose: "marketing", allowed: false }),
      cell({ channel: "phone" }),
    ];
    expect(replyWithdrawal(cells, "email")).toBe(stop);
    expect(replyWithdrawal(cells, "phone")).toBeNull();
  });
});
