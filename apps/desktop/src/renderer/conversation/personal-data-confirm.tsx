import type { PersonalDataKind } from "@emma/core";
import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { localeOf } from "../ui/format.ts";

interface PersonalDataConfirmProps {
  found: PersonalDataKind[];
  onSendPublic: () => void;
  onSendPrivate: () => void;
  onCancel: () => void;
}

/**
 * Before a public reply that names an IBAN, a card or phone number …: everyone would read it.
 * Focus lands on "Cancel", so an Enter pressed out of habit posts nothing.
 */
export function PersonalDataConfirm({
  found,
  onSendPublic,
  onSendPrivate,
  onCancel,
}: PersonalDataConfirmProps) {
  const { t, i18n } = useTranslation();
  const cancelRef = useRef<HTMLButtonElement>(null);
  useEffect(() => cancelRef.current?.focus(), []);
  const names = new Intl.ListFormat(localeOf(i18n.language), { type: "conjunction" }).format(
    found.map((kind) => t(`social.personalData.kinds.${kind}`)),
  );
  return (
    <div
      className="collision-warning personal-data-confirm"
      role="alertdialog"
      aria-labelledby="personal-data-question"
      onKeyDown={(event) => {
        if (event.key === "Escape") {
          event.stopPropagation();
          onCancel();
        }
      }}
    >
      <strong id="personal-data-question">{t("social.personalData.question", { found: names })}</strong>
      <div className="button-row">
        <button type="button" className="danger" onClick={onSendPublic}>
          {t("social.personalData.sendPublic")}
        </button>
        <button type="button" onClick={onSendPrivate}>
          {t("social.personalData.sendPrivate")}
        </button>
        <button ref={cancelRef} type="button" onClick={onCancel}>
          {t("common.cancel")}
        </button>
      </div>
    </div>
  );
}
