import { createInstance, type TFunction } from "i18next";
import { beforeAll, describe, expect, it } from "vitest";
import { de } from "../i18n/de.ts";
import { en } from "../i18n/en.ts";
import { differenceText, mergeReasonsText } from "./merge-wording.ts";

const customerIds = ["3f1c9a1e-0000-4000-8000-000000000001", "3f1c9a1e-0000-4000-8000-000000000002"];
const translators: Record<"de" | "en", TFunction> = {} as Record<"de" | "en", TFunction>;

beforeAll(async () => {
  for (const language of ["de", "en"] as const) {
    const i18n = createInstance();
    await i18n.init({
      lng: language,
      resources: { de: { translation: de }, en: { translation: en } },
      interpolation: { escapeValue: false },
    });
    translators[language] = i18n.t;
  }
});

describe("merge reasons in the console's language", () => {
  const shared = {
    code: "shared-event" as const,
    identities: [
      { kind: "email" as const, value: "anna@example.de" },
      { kind: "phone" as const, value: "+491711234567" },
    ],
    customerIds,
  };

  it("words shared identifiers as a German sentence, naming them and no customer ids", () => {
    const text = mergeReasonsText([shared, shared], translators.de, "de");
    expect(text).toBe(
      "Eine eingehende Nachricht nannte die E-Mail-Adresse anna@example.de und die Telefonnummer +491711234567; diese Angaben gehörten bisher zu verschiedenen Kunden.",
    );
  });

  it("and as an English one", () => {
    const text = mergeReasonsText([shared, { code: "agent-decision", customerIds }], translators.en, "en");
    expect(text).toBe(
      "One incoming message carried the email address anna@example.de and the phone number +491711234567, which so far belonged to different customers. An agent decided that this is the same person.",
    );
    expect(text).not.toContain(customerIds[0]);
  });

  it("says what the customer was asked before a merge by hand, and how each answer compared", () => {
    const asked = {
      code: "identity-answers" as const,
      checks: [
        { fact: "birth-date" as const, result: "same" as const },
        { fact: "postcode" as const, result: "different" as const },
        { fact: "customer-number" as const, result: "not-on-file" as const },
      ],
      customerIds,
    };
    expect(mergeReasonsText([asked], translators.de, "de")).toBe(
      "Vorher befragt: Geburtsdatum stimmte, Postleitzahl stimmte nicht und Kundennummer war nicht hinterlegt.",
    );
    expect(mergeReasonsText([asked], translators.en, "en")).toBe(
      "Asked first: date of birth matched, postcode did not match, and customer number was not on file.",
    );
  });

  it("says that a code mailed to the address on file was read back, naming the address masked", () => {
    const coded = {
      code: "identity-code" as const,
      channel: "email" as const,
      sentTo: "ja•••@kunde.example",
      customerIds,
    };
    expect(mergeReasonsText([coded], translators.de, "de")).toBe(
      "Bestätigt per Code: an ja•••@kunde.example gesendet und vom Kunden genannt.",
    );
    expect(mergeReasonsText([coded], translators.en, "en")).toBe(
      "Confirmed by a code: sent to ja•••@kunde.example and read back by the customer.",
    );
  });

  it("says what differs between two customers, languages by name", () => {
    expect(
      differenceText(
        { field: "displayName", survivor: "Anna Berger", absorbed: "Anton Berger" },
        translators.de,
        "de",
      ),
    ).toBe("Name: Anna Berger ↔ Anton Berger");
    expect(differenceText({ field: "locale", survivor: "de", absorbed: "en" }, translators.en, "en")).toBe(
      "Language: German ↔ English",
    );
  });
});
