import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { formatDateTime } from "../ui/format.ts";

/** While a sweep runs its progress is asked for this often; nothing is asked when none runs. */
const RUNNING_POLL_MS = 2_000;

/**
 * The sweep that compares every customer with their possible twins (after an import, or started
 * here): how far it got, what it suggested, and a button to start one when none runs.
 */
export function SweepPanel() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const sweep = useQuery(
    trpc.merges.sweep.queryOptions(undefined, {
      refetchInterval: (query) =>
        query.state.data && query.state.data.finishedAt === null ? RUNNING_POLL_MS : false,
    }),
  );
  const start = useMutation(
    trpc.merges.startSweep.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.merges.sweep.pathFilter()),
    }),
  );
  const latest = sweep.data ?? null;
  const running = latest !== null && latest.finishedAt === null;
  const number = (value: number) => value.toLocaleString(i18n.language);
  return (
    <section className="sweep-panel" aria-labelledby="sweep-title">
      <h2 id="sweep-title">{t("mergeReview.sweep.title")}</h2>
      {latest === null ? (
        <p className="muted small-text">{t("mergeReview.sweep.never")}</p>
      ) : (
        <>
          <p className="small-text">
            {t(running ? "mergeReview.sweep.running" : "mergeReview.sweep.finished", {
              cause: t(`mergeReview.sweep.causes.${latest.cause}`),
              started: formatDateTime(latest.startedAt, i18n.language),
              finished: latest.finishedAt ? formatDateTime(latest.finishedAt, i18n.language) : "",
              done: number(latest.done),
              total: number(latest.total),
              suggested: number(latest.suggested),
            })}
          </p>
          {running ? (
            <progress
              max={Math.max(1, latest.total)}
              value={latest.done}
              aria-label={t("mergeReview.sweep.progress")}
            />
          ) : null}
        </>
      )}
      <button type="button" disabled={running || start.isPending} onClick={() => start.mutate()}>
        {t("mergeReview.sweep.start")}
      </button>
      {start.error ? <ErrorNote error={start.error} /> : null}
    </section>
  );
}
