import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import type { ConnectionTestResult } from "./connector-types.ts";
import { useConnectorRefresh } from "./use-connector-refresh.ts";

/** "Test connection" with the stored settings, and what the provider answered. */
export function ConnectionTest({ connectorId }: { connectorId: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const refresh = useConnectorRefresh();
  const test = useMutation(trpc.connectors.testConnection.mutationOptions({ onSuccess: refresh }));
  return (
    <section className="connector-card" aria-labelledby="connector-test-title">
      <h3 id="connector-test-title">{t("admin.connectors.test.title")}</h3>
      <button type="button" disabled={test.isPending} onClick={() => test.mutate({ connectorId })}>
        {test.isPending ? t("admin.connectors.test.running") : t("admin.connectors.test.run")}
      </button>
      <div role="status" aria-live="polite">
        {test.data ? <TestOutcome result={test.data} /> : null}
      </div>
      {test.error ? <ErrorNote error={test.error} /> : null}
    </section>
  );
}

function TestOutcome({ result }: { result: ConnectionTestResult }) {
  const { t } = useTranslation();
  if (!result.ok)
    return result.tested ? (
      <div className="connector-test connector-test-failed">
        <p>
          <strong>{t("admin.connectors.test.failed")}</strong>
          {result.reconnect ? ` ${t("admin.connectors.test.reconnect")}` : ""}
        </p>
        <p className="small-text">{result.error}</p>
      </div>
    ) : (
      <div className="connector-test">
        <p>
          <strong>{t("admin.connectors.test.nothingToTest")}</strong>
        </p>
        <p className="small-text muted">{result.error}</p>
      </div>
    );
  const facts = Object.entries(result.facts);
  return (
    <div className="connector-test connector-test-ok">
      <p>
        <strong>{t("admin.connectors.test.ok")}</strong> {result.detail}
      </p>
      {result.warnings.length > 0 ? (
        <>
          <p className="small-text">{t("admin.connectors.test.warnings")}</p>
          <ul className="connector-warnings small-text">
            {result.warnings.map((warning) => (
              <li key={warning}>{warning}</li>
            ))}
          </ul>
        </>
      ) : null}
      {facts.length > 0 ? (
        <dl className="connector-facts small-text">
          {facts.map(([name, value]) => (
            <div key={name}>
              <dt>{name}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      ) : null}
    </div>
  );
}
