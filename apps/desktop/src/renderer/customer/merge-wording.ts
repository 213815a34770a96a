import type { MergeDifference, MergeReason } from "@emma/core";
import type { TFunction } from "i18next";
import { matchEvidenceSentence, scoreText } from "./match-evidence-wording.ts";

/** "die E-Mail-Adresse a@b.de und die Telefonnummer +49…", in the console's language. */
function identitiesPhrase(
  identities: Extract<MergeReason, { code: "shared-event" }>["identities"],
  t: TFunction,
  language: string,
): string {
  const phrases = identities.map((identity) =>
    t(`customer.identityPhrase.${identity.kind}`, { value: identity.value }),
  );
  return new Intl.ListFormat(language, { type: "conjunction" }).format(phrases);
}

/** One piece of merge evidence as a sentence; the customers' ids never appear. */
export function mergeReasonSentence(reason: MergeReason, t: TFunction, language: string): string {
  switch (reason.code) {
    case "shared-event":
      return t("customer.mergeReason.sharedEvent", {
        identities: identitiesPhrase(reason.identities, t, language),
      });
    case "agent-decision":
      return t("customer.mergeReason.agentDecision");
    case "forum-email":
      return t(reason.verified ? "forum.mergeReason.verified" : "forum.mergeReason.unverified", {
        email: reason.email,
      });
    case "identity-answers":
      return t("customer.mergeReason.identityAnswers", {
        checks: new Intl.ListFormat(language, { type: "conjunction" }).format(
          reason.checks.map((check) =>
            t(`customer.identityCheck.${check.result}`, { fact: t(`customer.identityFact.${check.fact}`) }),
          ),
        ),
      });
    case "identity-code":
      return t("customer.mergeReason.identityCode", { address: reason.sentTo });
    case "likeness":
      return t("matching.likeness", {
        score: scoreText(reason.score, language),
        evidence: reason.evidence.map((piece) => matchEvidenceSentence(piece, t, language)).join(" "),
      });
    default: {
      const unreachable: never = reason;
      return unreachable;
    }
  }
}

/** All evidence as one paragraph; the same sentence twice (one reason per pair) is said once. */
export function mergeReasonsText(reasons: readonly MergeReason[], t: TFunction, language: string): string {
  return [...new Set(reasons.map((reason) => mergeReasonSentence(reason, t, language)))].join(" ");
}

function valueText(difference: MergeDifference, value: string | null, t: TFunction, language: string) {
  if (value === null) return t("common.unknown");
  switch (difference.field) {
    case "displayName":
      return value;
    case "locale":
      return new Intl.DisplayNames(language, { type: "language" }).of(value) ?? value;
    default: {
      const unreachable: never = difference.field;
      return unreachable;
    }
  }
}

/** "Name: Anna Berger ↔ Anton Berger": what the agent confirms before merging. */
export function differenceText(difference: MergeDifference, t: TFunction, language: string): string {
  return t(`customer.difference.${difference.field}`, {
    survivor: valueText(difference, difference.survivor, t, language),
    absorbed: valueText(difference, difference.absorbed, t, language),
  });
}
