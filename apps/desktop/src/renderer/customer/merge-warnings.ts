import type { TFunction } from "i18next";
import type { RouterOutputs } from "../api/router-types.ts";
import { formatDate } from "../ui/format.ts";

type Preview = RouterOutputs["merges"]["preview"];

/**
 * What the agent reads before confirming a merge, besides what differs: that the customer's answers
 * did not match the records, and that someone marked the two as different people. Null: nothing.
 */
export function mergeWarning(
  preview: Preview,
  answersDiffer: boolean,
  t: TFunction,
  language: string,
): string | null {
  const marked = preview.markedDistinct;
  const warnings = [
    ...(answersDiffer ? [t("customer.byHand.answersDiffer")] : []),
    ...(marked
      ? [
          marked.byName
            ? t("mergeReview.markedDistinct", { name: marked.byName, date: formatDate(marked.at, language) })
            : t("mergeReview.markedDistinctUnknown", { date: formatDate(marked.at, language) }),
        ]
      : []),
  ];
  return warnings.length > 0 ? warnings.join(" ") : null;
}
