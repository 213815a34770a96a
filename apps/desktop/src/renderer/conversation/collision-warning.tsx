import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";

interface CollisionWarningProps {
  names: string[];
  onConfirm: () => void;
  onCancel: () => void;
}

/**
 * Before a reply goes out while a colleague is writing one too: the customer would get two answers.
 * Focus lands on "Cancel", so an Enter pressed out of habit sends nothing.
 */
export function CollisionWarning({ names, onConfirm, onCancel }: CollisionWarningProps) {
  const { t } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  // The warning may outlive the typing it warned about; it still names who was typing.
  const who = names.length > 0 ? names.join(", ") : t("collision.someone");
  return (
    <div
      className="collision-warning"
      role="alertdialog"
      aria-labelledby="collision-title"
      aria-describedby="collision-text"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <strong id="collision-title">{t("collision.title")}</strong>
      <p id="collision-text">{t("collision.text", { names: who })}</p>
      <div className="button-row">
        <button type="button" className="danger" onClick={onConfirm}>
          {t("collision.sendAnyway")}
        </button>
        <button ref={cancelRef} type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
