import { describe, expect, it } from "vitest";
import { demoPerson } from "./person.ts";
import { Random } from "./random.ts";
import { fill, templateVars } from "./template.ts";
import { TOPIC_IDS, topicText, type TopicText } from "./topics.ts";
import type { Locale } from "./types.ts";

const LOCALES: readonly Locale[] = ["de", "en"];

function vars(locale: Locale) {
  return templateVars(new Random(1), {
    person: demoPerson(1, 10),
    locale,
    at: Date.parse("2025-06-01T10:00:00Z"),
    agent: "Nina Krause",
    last4: "1234",
    ibanTail: "3000",
    loanNo: "BF-1234567-01",
  });
}

describe("topic texts", () => {
  for (const locale of LOCALES) {
    for (const topic of TOPIC_IDS) {
      const text = topicText(locale, topic);
      it(`${locale}/${topic}: every template fills and the lists line up`, () => {
        const filled = vars(locale);
        for (const key of Object.keys(text) as (keyof TopicText)[]) {
          expect(text[key].length, key).toBeGreaterThan(0);
          for (const template of text[key]) expect(fill(template, filled)).not.toMatch(/[{}]/);
        }
        expect(text.subjects.length).toBe(text.openings.length);
        // Room for "@EmmaBank_Hilfe " or "@handle " in front, within X's 280 characters.
        for (const short of [...text.shorts, ...text.shortReplies])
          expect(fill(short, filled).length).toBeLessThanOrEqual(240);
      });
    }
  }

  it("rejects unknown placeholders", () => {
    expect(() => fill("Hallo {nobody}", vars("de"))).toThrow(/nobody/);
  });
});
