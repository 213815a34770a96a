import type { MatchEvidence } from "@emma/core";
import type { TFunction } from "i18next";

const RARE_NAME_HOLDERS = 4;

/** One piece of likeness evidence as a plain sentence in the console's language. */
export function matchEvidenceSentence(evidence: MatchEvidence, t: TFunction, language: string): string {
  switch (evidence.kind) {
    case "name": {
      const names = t(`matching.name.${evidence.likeness}`, { a: evidence.names[0], b: evidence.names[1] });
      // Only a rare name is worth a word: "Thomas Müller" being common is what the score already says.
      return evidence.sharedBy !== undefined && evidence.sharedBy <= RARE_NAME_HOLDERS
        ? `${names} ${t("matching.rareName", { count: evidence.sharedBy })}`
        : names;
    }
    case "birth-date":
      return t(evidence.same ? "matching.birthDate.same" : "matching.birthDate.different");
    case "address":
      return t(`matching.address.${evidence.likeness}`);
    case "customer-number":
      return t(evidence.same ? "matching.customerNumber.same" : "matching.customerNumber.different");
    case "written-identifier":
      return t("matching.written", {
        identifier: t(`matching.writtenPhrase.${evidence.identifier.kind}`, {
          value: evidence.identifier.value,
        }),
      });
    case "same-topic":
      return t(evidence.minutesApart < 1 ? "matching.sameTopicAtOnce" : "matching.sameTopic", {
        first: t(`channels.${evidence.channels[0]}`),
        second: t(`channels.${evidence.channels[1]}`),
        minutes: evidence.minutesApart,
        words: new Intl.ListFormat(language, { type: "conjunction" }).format(evidence.words),
      });
    default: {
      const unreachable: never = evidence;
      return unreachable;
    }
  }
}

/** Shown as "99 %" at most: a score rounds up to 100 % long before anything is certain. */
const HIGHEST_SHOWN = 0.99;

/** "87 %" — how sure the matcher is, as people read it; never "100 %". */
export function scoreText(score: number, language: string): string {
  return new Intl.NumberFormat(language, { style: "percent", maximumFractionDigits: 0 }).format(
    Math.min(score, HIGHEST_SHOWN),
  );
}
