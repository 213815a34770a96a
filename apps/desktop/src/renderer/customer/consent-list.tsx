import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { formatDate } from "../ui/format.ts";
import { CollapsibleSection } from "./collapsible-section.tsx";
import { consentPurposeLabel, consentSourceLabel } from "./vocabulary-labels.ts";

export function ConsentList({ consents }: { consents: Customer360["consents"] }) {
  const { t, i18n } = useTranslation();
  return (
    <CollapsibleSection
      id="consents"
      summary={
        <>
          {t("customer.consents")} <span className="muted">({consents.length})</span>
        </>
      }
    >
      {consents.length === 0 ? <p className="muted">{t("common.none")}</p> : null}
      <ul className="consent-list">
        {consents.map((consent) => (
          <li key={consent.purpose} data-purpose={consent.purpose}>
            <span className={consent.granted ? "granted" : "revoked"} aria-hidden="true">
              {consent.granted ? "✓" : "✕"}
            </span>
            <span>{consentPurposeLabel(consent.purpose, t)}</span>
            <span className="muted">
              {t("customer360.consentLine", {
                state: consent.granted ? t("customer360.consentGranted") : t("customer360.consentWithdrawn"),
                date: formatDate(consent.recordedAt, i18n.language),
                source: consentSourceLabel(consent.source, t),
              })}
            </span>
          </li>
        ))}
      </ul>
    </CollapsibleSection>
  );
}
