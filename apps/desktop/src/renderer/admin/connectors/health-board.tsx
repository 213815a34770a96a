import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { useNavStore } from "../../nav/nav-store.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { useNow } from "../../ui/use-now.ts";
import { byUrgency, healthOf } from "./connector-health-state.ts";
import { HealthReasons, HealthStatePill } from "./health-state-view.tsx";
import type { ConnectorSummary } from "./connector-types.ts";
import { useConnectorRefresh } from "./use-connector-refresh.ts";

/** Often enough to see a backlog drain after "process again", rarely enough for a quiet desk. */
const REFRESH_MS = 15_000;

/** Every connector and how it is doing, problems first; the admin area's connectors page opens with it. */
export function HealthBoard() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const goTo = useNavStore((state) => state.goTo);
  const now = useNow(REFRESH_MS);
  const list = useQuery(trpc.connectors.list.queryOptions(undefined, { refetchInterval: REFRESH_MS }));
  const connectors = byUrgency(list.data ?? [], now);

  return (
    <section className="connector-board" aria-labelledby="connector-board-title">
      <header className="connector-board-head">
        <div>
          <h2 id="connector-board-title">{t("admin.connectors.board.title")}</h2>
          <p className="muted small-text">{t("admin.connectors.board.intro")}</p>
        </div>
        <button
          type="button"
          className="primary"
          onClick={() => goTo("admin", { rest: ["connectors", "new"], params: {} })}
        >
          {t("admin.connectors.board.add")}
        </button>
      </header>
      {list.error ? <ErrorNote error={list.error} /> : null}
      {list.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {list.isSuccess && connectors.length === 0 ? (
        <p className="muted">{t("admin.connectors.board.empty")}</p>
      ) : null}
      {connectors.length > 0 ? (
        <table className="connector-table">
          <thead>
            <tr>
              <th scope="col">{t("admin.connectors.board.connector")}</th>
              <th scope="col">{t("admin.connectors.board.state")}</th>
              <th scope="col">{t("admin.connectors.board.lastEvent")}</th>
              <th scope="col" className="num">
                {t("admin.connectors.board.backlog")}
              </th>
              <th scope="col" className="num">
                {t("admin.connectors.board.failedEvents")}
              </th>
              <th scope="col" className="num">
                {t("admin.connectors.board.failingSends")}
              </th>
              <th scope="col">{t("admin.connectors.board.warnings")}</th>
            </tr>
          </thead>
          <tbody>
            {connectors.map((connector) => (
              <BoardRow key={connector.id} connector={connector} now={now} />
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  );
}

function BoardRow({ connector, now }: { connector: ConnectorSummary; now: Date }) {
  const { t, i18n } = useTranslation();
  const goTo = useNavStore((state) => state.goTo);
  const { health } = connector;
  const { state, reasons } = healthOf(connector, now);
  const warnings = health.lastCheck?.warnings ?? [];
  return (
    <tr className={`connector-row connector-row-${state}`}>
      <th scope="row">
        <button
          type="button"
          className="link"
          onClick={() => goTo("admin", { rest: ["connectors", connector.id], params: {} })}
        >
          {connector.name}
        </button>
        <div className="small-text muted">{connector.kindTitle}</div>
      </th>
      <td>
        <HealthStatePill state={state} />
        <HealthReasons reasons={reasons} health={health} />
      </td>
      <td>
        {health.lastEventAt
          ? formatDateTime(health.lastEventAt, i18n.language)
          : t("admin.connectors.board.noEventYet")}
      </td>
      <td className="num">
        <span className="connector-count">{health.backlog}</span>
        {health.oldestPendingAgeSeconds !== null && health.backlog > 0 ? (
          <div className="small-text muted">
            {t("admin.connectors.board.oldestWaiting", {
              minutes: Math.floor(health.oldestPendingAgeSeconds / 60),
            })}
          </div>
        ) : null}
      </td>
      <td className="num">
        <span className="connector-count">{health.failedEvents}</span>
        <ReprocessButton connector={connector} />
      </td>
      <td className="num">{health.failingSends}</td>
      <td>
        {health.tokenExpiresAt ? (
          <div className="small-text">
            {t("admin.connectors.board.tokenExpires", {
              at: formatDateTime(health.tokenExpiresAt, i18n.language),
            })}
          </div>
        ) : null}
        {warnings.length > 0 ? (
          <ul className="connector-warnings small-text">
            {warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        ) : null}
      </td>
    </tr>
  );
}

/**
 * "Process again": the connector's failed events go back to the worker; ingest writes nothing twice.
 * The button shows while events are failed; what it did stays said after they are not.
 */
export function ReprocessButton({
  connector,
}: {
  connector: Pick<ConnectorSummary, "id" | "name"> & {
    health: Pick<ConnectorSummary["health"], "failedEvents">;
  };
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useConnectorRefresh();
  const reprocess = useMutation(
    trpc.connectors.reprocessFailedEvents.mutationOptions({ onSuccess: refresh }),
  );
  return (
    <div className="connector-reprocess">
      {connector.health.failedEvents > 0 ? (
        <button
          type="button"
          className="small"
          disabled={reprocess.isPending}
          aria-label={t("admin.connectors.reprocess.labelFor", { name: connector.name })}
          onClick={() => reprocess.mutate({ connectorId: connector.id })}
        >
          {t("admin.connectors.reprocess.button")}
        </button>
      ) : null}
      <span role="status" className="small-text">
        {reprocess.data ? t("admin.connectors.reprocess.done", { count: reprocess.data.requeued }) : ""}
      </span>
      {reprocess.error ? <ErrorNote error={reprocess.error} /> : null}
    </div>
  );
}
