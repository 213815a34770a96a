import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../api/router-types.ts";
import { consentSourceLabel } from "../customer/vocabulary-labels.ts";
import { formatDateTime } from "../ui/format.ts";
import { channelWords } from "./consent-words.ts";

type History = RouterOutputs["consents"]["list"]["history"];

/** Every decision recorded, newest first, with when, how and by whom: what Art. 7(1) asks us to show. */
export function ConsentHistory({ history }: { history: History }) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) return null;
  return (
    <details className="consent-history">
      <summary>
        {t("consent.history")} <span className="muted">({history.length})</span>
      </summary>
      <ul>
        {history.map((record) => (
          <li key={record.id} data-state={record.state}>
            <span className={record.state === "granted" ? "consent-allowed" : "consent-refused"}>
              {t(`consent.state.${record.state}`)}
            </span>{" "}
            {t(`consent.purposeLong.${record.purpose}`)} · {channelWords(record.channel, t)}
            <span className="muted small-text">
              {" "}
              {[formatDateTime(record.at, i18n.language), t(`consent.how.${record.how}`), whoOf(record, t)]
                .filter((part) => part !== null)
                .join(", ")}
            </span>
            {record.note && record.how !== "import" ? (
              <div className="muted small-text">{t("consent.note", { note: record.note })}</div>
            ) : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/** Who recorded it: the agent, the customer's own message, or the system of record it came from. */
function whoOf(record: History[number], t: TFunction): string | null {
  if (record.recordedByName) return t("consent.byAgent", { name: record.recordedByName });
  if (record.how === "customer-keyword") return t("consent.byCustomer");
  if (record.how === "import" && record.note)
    return t("consent.importSource", { source: consentSourceLabel(record.note, t) });
  return null;
}
