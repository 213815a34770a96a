import { useMutation, useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { errorCode } from "../../api/error-code.ts";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { useNow } from "../../ui/use-now.ts";
import { BackToBoard } from "./back-to-board.tsx";
import { ConnectionTest } from "./connection-test.tsx";
import { healthOf } from "./connector-health-state.ts";
import { ConnectorSecrets } from "./connector-secrets.tsx";
import { ConnectorSettingsForm } from "./connector-settings-form.tsx";
import type { ConnectorDetail as Detail } from "./connector-types.ts";
import { ReprocessButton } from "./health-board.tsx";
import { HealthReasons, HealthStatePill } from "./health-state-view.tsx";
import { useConnectorRefresh } from "./use-connector-refresh.ts";
import { WebhookUrl } from "./webhook-url.tsx";

/** `#/admin/connectors/<id>`: one connector's health, switch, webhook address, test, settings and secrets. */
export function ConnectorDetail({ connectorId }: { connectorId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const connector = useQuery(trpc.connectors.get.queryOptions({ connectorId }, { retry: false }));
  const kinds = useQuery(trpc.connectors.kinds.queryOptions());
  const kind = kinds.data?.find((entry) => entry.kind === connector.data?.kind);

  return (
    <div className="connector-detail">
      <BackToBoard />
      {connector.error ? (
        errorCode(connector.error) === "NOT_FOUND" ? (
          <p className="error-note" role="alert">
            {t("admin.connectors.notFound")}
          </p>
        ) : (
          <ErrorNote error={connector.error} />
        )
      ) : null}
      {kinds.error ? <ErrorNote error={kinds.error} /> : null}
      {connector.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {connector.data ? (
        <>
          <DetailHead connector={connector.data} />
          {kinds.isSuccess && !kind ? (
            <p className="error-note" role="alert">
              {t("admin.connectors.unknownKind", { kind: connector.data.kind })}
            </p>
          ) : null}
          <div className="connector-cards">
            {kind?.receivesWebhooks ? <WebhookUrl connectorId={connectorId} /> : null}
            <ConnectionTest connectorId={connectorId} />
          </div>
          {kind ? (
            <>
              {/* Keyed by the stored version, so a save elsewhere refills the form. */}
              <ConnectorSettingsForm key={connector.data.updatedAt} connector={connector.data} kind={kind} />
              <ConnectorSecrets connector={connector.data} kind={kind} />
            </>
          ) : null}
        </>
      ) : null}
    </div>
  );
}

function DetailHead({ connector }: { connector: Detail }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const refresh = useConnectorRefresh();
  const now = useNow(30_000);
  const { state, reasons } = healthOf(connector, now);
  const setEnabled = useMutation(trpc.connectors.setEnabled.mutationOptions({ onSuccess: refresh }));
  const { health } = connector;
  return (
    <header className="connector-detail-head">
      <div>
        <h2>{connector.name}</h2>
        <p className="muted small-text">{connector.kindTitle}</p>
        <HealthStatePill state={state} />
        <HealthReasons reasons={reasons} health={health} />
        <p className="small-text">
          {health.lastEventAt
            ? t("admin.connectors.detail.lastEvent", {
                at: formatDateTime(health.lastEventAt, i18n.language),
              })
            : t("admin.connectors.board.noEventYet")}
          {" · "}
          {t("admin.connectors.detail.queues", {
            backlog: health.backlog,
            failed: health.failedEvents,
            sends: health.failingSends,
          })}
        </p>
        <ReprocessButton connector={connector} />
      </div>
      <div className="connector-switch">
        <button
          type="button"
          className={connector.enabled ? "danger" : "primary"}
          disabled={setEnabled.isPending}
          onClick={() => setEnabled.mutate({ connectorId: connector.id, enabled: !connector.enabled })}
        >
          {connector.enabled ? t("admin.connectors.detail.disable") : t("admin.connectors.detail.enable")}
        </button>
        <p className="small-text muted">
          {connector.enabled
            ? t("admin.connectors.detail.enabledNote")
            : t("admin.connectors.detail.disabledNote")}
        </p>
        {setEnabled.error ? <ErrorNote error={setEnabled.error} /> : null}
      </div>
    </header>
  );
}
