import { RETENTION_KINDS } from "@emma/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { formatDateTime } from "../../ui/format.ts";

/** The job's last run with its counts, and "Apply now" with the saved rules, after a confirmation. */
export function RetentionLastRun() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const lastRun = useQuery(trpc.retention.lastRun.queryOptions());
  const runNow = useMutation(
    trpc.retention.runNow.mutationOptions({
      onSettled: () => queryClient.invalidateQueries(trpc.retention.pathFilter()),
    }),
  );
  const run = lastRun.data;
  return (
    <section className="retention-section" aria-labelledby="retention-last-run-title">
      <h3 id="retention-last-run-title">{t("retention.lastRunTitle")}</h3>
      {lastRun.error ? <ErrorNote error={lastRun.error} /> : null}
      {run === null ? <p className="muted">{t("retention.neverRun")}</p> : null}
      {run ? (
        <div className="retention-last-run">
          <p>
            {t("retention.lastRun", {
              when: formatDateTime(run.finishedAt ?? run.startedAt, i18n.language),
              trigger: t(`retention.triggers.${run.trigger}`),
            })}
          </p>
          <ul>
            {RETENTION_KINDS.map((kind) => (
              <li key={kind}>
                {t(`retention.kinds.${kind}.title`)}:{" "}
                {t(`retention.kinds.${kind}.count`, { count: run.counts[kind] })}
              </li>
            ))}
          </ul>
          {run.error ? (
            <p className="error-note" role="alert">
              {t("retention.runError", { error: run.error })}
            </p>
          ) : null}
        </div>
      ) : null}
      <p className="muted">{t("retention.runNowNote")}</p>
      {runNow.error ? <ErrorNote error={runNow.error} /> : null}
      {runNow.data?.outcome === "busy" ? (
        <p className="muted" role="status">
          {t("retention.busy")}
        </p>
      ) : null}
      {confirming ? (
        <div className="retention-confirm" role="alertdialog" aria-labelledby="retention-confirm-text">
          <p id="retention-confirm-text">{t("retention.confirmRun")}</p>
          <button
            type="button"
            className="danger"
            onClick={() => {
              setConfirming(false);
              runNow.mutate();
            }}
          >
            {t("retention.confirm")}
          </button>
          <button type="button" onClick={() => setConfirming(false)}>
            {t("retention.cancel")}
          </button>
        </div>
      ) : (
        <button type="button" disabled={runNow.isPending} onClick={() => setConfirming(true)}>
          {runNow.isPending ? t("retention.running") : t("retention.runNow")}
        </button>
      )}
    </section>
  );
}
