import type { LiveFailure } from "@emma/core";
import type { TFunction } from "i18next";
import { useTranslation } from "react-i18next";
import type { Customer360, LiveHoldingSource } from "../api/router-types.ts";
import { formatDateTime } from "../ui/format.ts";

function liveFailureText(failure: LiveFailure, status: number | null, t: TFunction): string {
  switch (failure) {
    case "timeout":
      return t("customer.holdings.liveFailure.timeout");
    case "status":
      return t("customer.holdings.liveFailure.status", { status: String(status ?? "") });
    case "unreachable":
      return t("customer.holdings.liveFailure.unreachable");
    case "malformed":
      return t("customer.holdings.liveFailure.malformed");
    default: {
      const unknown: never = failure;
      return String(unknown);
    }
  }
}

/** Per source system: when the imported snapshot was synced, and how the live lookup went. */
export function HoldingSources({
  sources,
  live,
}: {
  sources: Customer360["holdingSources"];
  live: readonly LiveHoldingSource[];
}) {
  const { t, i18n } = useTranslation();
  if (sources.length === 0) return null;
  return (
    <ul className="holding-sources muted" aria-label={t("customer.holdings.sourcesLabel")}>
      {sources.map((source) => {
        const answer = live.find((entry) => entry.sourceSystem === source.sourceSystem);
        return (
          <li key={source.sourceSystem}>
            {t("customer.holdings.synced", {
              source: source.sourceSystem,
              date: formatDateTime(source.syncedAt, i18n.language),
            })}
            {answer?.ok === true ? (
              <div>
                {t("customer.holdings.liveAsOf", {
                  source: source.sourceSystem,
                  date: formatDateTime(answer.fetchedAt, i18n.language),
                })}
              </div>
            ) : answer?.ok === false ? (
              <div className="live-error" role="status">
                {t("customer.holdings.liveUnavailable", {
                  source: source.sourceSystem,
                  reason: liveFailureText(answer.failure, answer.status, t),
                })}
              </div>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
