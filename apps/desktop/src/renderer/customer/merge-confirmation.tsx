import type { MergeDifference } from "@emma/core";
import { useId } from "react";
import { useTranslation } from "react-i18next";
import { differenceText } from "./merge-wording.ts";

/** Two customers that differ are merged only after the agent has seen what differs. */
export function MergeConfirmation({
  differences,
  warning,
  pending,
  onConfirm,
  onCancel,
}: {
  differences: MergeDifference[];
  /** Said before what differs: someone marked these two as different people. */
  warning?: string | null;
  pending: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const introId = useId();
  return (
    <div
      className="merge-confirmation"
      role="alertdialog"
      aria-labelledby={titleId}
      aria-describedby={introId}
    >
      <strong id={titleId}>{t("customer.confirmTitle")}</strong>
      <p id={introId} className="small-text">
        {t("customer.confirmIntro")}
      </p>
      {warning ? (
        <p className="merge-warning small-text" role="note">
          {warning}
        </p>
      ) : null}
      {differences.length > 0 ? (
        <ul className="merge-differences">
          {differences.map((difference) => (
            <li key={difference.field}>{differenceText(difference, t, i18n.language)}</li>
          ))}
        </ul>
      ) : null}
      <div className="button-row">
        <button type="button" className="primary small" disabled={pending} onClick={onConfirm}>
          {t("customer.confirmMerge")}
        </button>
        {/* The safe choice has the focus: Enter does not merge two people by accident. */}
        <button type="button" className="small" autoFocus onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
