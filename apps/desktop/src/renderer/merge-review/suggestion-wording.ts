import type { CustomerChannel, MergeReason } from "@emma/core";
import type { TFunction } from "i18next";
import { matchEvidenceSentence } from "../customer/match-evidence-wording.ts";
import { mergeReasonSentence } from "../customer/merge-wording.ts";

/**
 * Why a suggestion was made, one plain sentence a line: each piece of a likeness reason's evidence
 * on its own line (its score is shown apart), other reasons as their one sentence. The same
 * sentence twice (one reason per pair of customers) is said once.
 */
export function suggestionSentences(
  reasons: readonly MergeReason[],
  t: TFunction,
  language: string,
): string[] {
  const sentences = reasons.flatMap((reason) =>
    reason.code === "likeness"
      ? reason.evidence.map((piece) => matchEvidenceSentence(piece, t, language))
      : [mergeReasonSentence(reason, t, language)],
  );
  return [...new Set(sentences)];
}

/** "E-Mail und Facebook": the channels a customer is known on, in the console's language. */
export function channelsText(channels: readonly CustomerChannel[], t: TFunction, language: string): string {
  if (channels.length === 0) return t("mergeReview.noChannels");
  return new Intl.ListFormat(language, { type: "conjunction" }).format(
    channels.map((channel) => t(`channels.${channel}`)),
  );
}
