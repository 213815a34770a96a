import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { formatDate } from "../ui/format.ts";

export function ConsentList({ consents }: { consents: Customer360["consents"] }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="section">
      <summary>
        {t("customer.consents")} <span className="muted">({consents.length})</span>
      </summary>
      {consents.length === 0 ? <p className="muted">{t("common.none")}</p> : null}
      <ul className="consent-list">
        {consents.map((consent) => (
          <li key={consent.purpose}>
            <span className={consent.granted ? "granted" : "revoked"} aria-hidden="true">
              {consent.granted ? "✓" : "✕"}
            </span>
            <span>{consent.purpose}</span>
            <span className="muted">
              {consent.granted ? t("customer.granted") : t("customer.revoked")} ·{" "}
              {formatDate(consent.recordedAt, i18n.language)} · {consent.source}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
