import { useTranslation } from "react-i18next";
import type { HealthReason, HealthState } from "./connector-health-state.ts";
import type { ConnectorSummary } from "./connector-types.ts";

/** The connector's state in one word, coloured and worded (never colour alone). */
export function HealthStatePill({ state }: { state: HealthState }) {
  const { t } = useTranslation();
  return (
    <span className={`connector-state connector-state-${state}`}>{t(`admin.connectors.state.${state}`)}</span>
  );
}

/** Why the state is what it is, in the admin's words; the provider's own words where it gave some. */
export function HealthReasons({
  reasons,
  health,
}: {
  reasons: readonly HealthReason[];
  health: ConnectorSummary["health"];
}) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <ul className="connector-reasons small-text">
      {reasons.map((reason) => (
        <li key={reason}>
          {t(`admin.connectors.reason.${reason}`, {
            count: countFor(reason, health),
            detail: detailFor(reason, health),
          })}
        </li>
      ))}
    </ul>
  );
}

function countFor(reason: HealthReason, health: ConnectorSummary["health"]): number {
  switch (reason) {
    case "failedEvents":
      return health.failedEvents;
    case "failingSends":
      return health.failingSends;
    case "failedPolls":
      return health.failedPolls;
    case "providerWarnings":
      return health.lastCheck?.warnings.length ?? 0;
    case "reconnect":
    case "lastError":
    case "tokenExpired":
    case "tokenExpiresSoon":
    case "staleBacklog":
      return 1;
    default:
      return exhaustive(reason);
  }
}

function detailFor(reason: HealthReason, health: ConnectorSummary["health"]): string {
  if (reason === "reconnect") return health.reconnect?.reason ?? "";
  if (reason === "lastError") return health.lastError ?? "";
  return "";
}

function exhaustive(value: never): never {
  throw new Error(`unhandled health reason ${String(value)}`);
}
