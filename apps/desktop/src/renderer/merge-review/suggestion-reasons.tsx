import type { MergeReason } from "@emma/core";
import { useTranslation } from "react-i18next";
import { scoreText } from "../customer/match-evidence-wording.ts";
import { suggestionSentences } from "./suggestion-wording.ts";

/** Why Emma takes two customers for one person: a short list of plain sentences. */
export function SuggestionReasons({ reasons }: { reasons: readonly MergeReason[] }) {
  const { t, i18n } = useTranslation();
  const sentences = suggestionSentences(reasons, t, i18n.language);
  if (sentences.length === 0) return null;
  return (
    <ul className="suggestion-reasons" aria-label={t("mergeReview.reasons")}>
      {sentences.map((sentence) => (
        <li key={sentence}>{sentence}</li>
      ))}
    </ul>
  );
}

/** "87 % sicher", or "ohne Wert" for evidence of the older kinds, which carries no score. */
export function SuggestionScore({ score }: { score: number | null }) {
  const { t, i18n } = useTranslation();
  return (
    <span className={score === null ? "suggestion-score unscored" : "suggestion-score"}>
      {score === null
        ? t("mergeReview.unscored")
        : t("mergeReview.sure", { score: scoreText(score, i18n.language) })}
    </span>
  );
}
