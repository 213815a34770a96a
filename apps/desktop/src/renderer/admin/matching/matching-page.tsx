import { AUTO_MERGE_MIN_PRECISION, mayAutoMergeFrom, type MatcherEvaluation } from "@emma/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { formatDateTime } from "../../ui/format.ts";

const NEVER = "never";

/**
 * Whether Emma merges two customers on a likeness score alone. Only thresholds the matcher's
 * evaluation backs (precision of at least 0.999, measured over enough suggestions) are offered; the
 * table shows what the evaluation measured, so the admin sees why a threshold is or is not there.
 */
export function MatchingPage() {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.settings.matching.queryOptions());
  const save = useMutation(
    trpc.settings.saveMatching.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.settings.matching.pathFilter()),
    }),
  );
  const [choice, setChoice] = useState<string | null>(null);
  if (settings.error) return <ErrorNote error={settings.error} />;
  if (!settings.data) return <p className="muted">{t("common.loading")}</p>;
  const { evaluation, autoMergeFromScore, updatedAt, updatedBy } = settings.data;
  const backed = backedThresholds(evaluation);
  const saved = autoMergeFromScore === null ? NEVER : String(autoMergeFromScore);
  const selected = choice ?? saved;
  const percent = (value: number) =>
    new Intl.NumberFormat(i18n.language, { style: "percent", maximumFractionDigits: 1 }).format(value);

  return (
    <section className="matching-admin" aria-labelledby="matching-admin-title">
      <h1 id="matching-admin-title">{t("matchingAdmin.title")}</h1>
      <p>{t("matchingAdmin.intro")}</p>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save.mutate({ autoMergeFromScore: selected === NEVER ? null : Number(selected) });
        }}
      >
        <label htmlFor="auto-merge-threshold">{t("matchingAdmin.choiceLabel")}</label>
        <select
          id="auto-merge-threshold"
          value={selected}
          onChange={(event) => {
            setChoice(event.target.value);
            save.reset();
          }}
        >
          <option value={NEVER}>{t("matchingAdmin.never")}</option>
          {backed.map((threshold) => (
            <option key={threshold} value={String(threshold)}>
              {t("matchingAdmin.from", { score: percent(threshold) })}
            </option>
          ))}
        </select>
        {backed.length === 0 ? (
          <p className="muted small-text">
            {t("matchingAdmin.nothingBacked", { precision: percent(AUTO_MERGE_MIN_PRECISION) })}
          </p>
        ) : null}
        <button type="submit" disabled={save.isPending || selected === saved}>
          {t("matchingAdmin.save")}
        </button>
        {save.isSuccess ? <p role="status">{t("matchingAdmin.saved")}</p> : null}
        {save.error ? <ErrorNote error={save.error} /> : null}
        {updatedAt ? (
          <p className="muted small-text">
            {t("matchingAdmin.lastSaved", {
              when: formatDateTime(updatedAt, i18n.language),
              who: updatedBy ?? t("common.unknown"),
            })}
          </p>
        ) : null}
      </form>
      <h2>{t("matchingAdmin.evaluationTitle")}</h2>
      {evaluation === null ? (
        <p className="muted">{t("matchingAdmin.notEvaluated")}</p>
      ) : (
        <>
          <p className="muted small-text">
            {t("matchingAdmin.evaluationIntro", {
              when: formatDateTime(evaluation.measuredAt, i18n.language),
              pairs: evaluation.pairs.toLocaleString(i18n.language),
            })}
          </p>
          <table className="matching-evaluation">
            <thead>
              <tr>
                <th scope="col">{t("matchingAdmin.threshold")}</th>
                <th scope="col">{t("matchingAdmin.suggested")}</th>
                <th scope="col">{t("matchingAdmin.precision")}</th>
                <th scope="col">{t("matchingAdmin.recall")}</th>
                <th scope="col">{t("matchingAdmin.autoMerge")}</th>
              </tr>
            </thead>
            <tbody>
              {evaluation.thresholds.map((row) => (
                <tr key={row.threshold}>
                  <td>{percent(row.threshold)}</td>
                  <td>{row.suggested.toLocaleString(i18n.language)}</td>
                  <td>{percent(row.precision)}</td>
                  <td>{percent(row.recall)}</td>
                  <td>
                    {mayAutoMergeFrom(row.threshold, evaluation)
                      ? t("matchingAdmin.yes")
                      : t("matchingAdmin.no")}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
    </section>
  );
}

function backedThresholds(evaluation: MatcherEvaluation | null): number[] {
  return (evaluation?.thresholds ?? [])
    .map((row) => row.threshold)
    .filter((threshold) => mayAutoMergeFrom(threshold, evaluation));
}
