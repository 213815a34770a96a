import type { RetentionSettings } from "@emma/core";
import { keepPreviousData, skipToken, useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErrorNote } from "../../ui/error-note.tsx";
import { formatDateTime } from "../../ui/format.ts";
import { RetentionDutiesEditor } from "./retention-duties-editor.tsx";
import {
  retentionFormOf,
  retentionSettingsOf,
  type RetentionForm,
  type RetentionProblem,
} from "./retention-form.ts";
import { RetentionLastRun } from "./retention-last-run.tsx";
import { RetentionPreview } from "./retention-preview.tsx";
import { RetentionRulesTable } from "./retention-rules-table.tsx";

/**
 * How long Emma keeps what, the duties that keep tagged conversations longer, what the rules on
 * screen would change now, and the job's last run. The form is the page's own copy until saved.
 */
export function RetentionPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const settings = useQuery(trpc.settings.retention.queryOptions());
  const save = useMutation(
    trpc.settings.saveRetention.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.settings.retention.pathFilter()),
    }),
  );
  if (settings.error) return <ErrorNote error={settings.error} />;
  if (!settings.data) return <p className="muted">{t("common.loading")}</p>;
  return <RetentionEditor key={String(settings.data.updatedAt)} saved={settings.data} save={save} />;
}

type Saved = RetentionSettings & { updatedAt: string | null; updatedBy: string | null };

interface SaveState {
  mutate: (settings: RetentionSettings) => void;
  reset: () => void;
  isPending: boolean;
  isSuccess: boolean;
  error: unknown;
}

function RetentionEditor({ saved, save }: { saved: Saved; save: SaveState }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const [form, setForm] = useState<RetentionForm>(() => retentionFormOf(saved));
  const [problems, setProblems] = useState<RetentionProblem[]>([]);
  const change = (next: Partial<RetentionForm>) => {
    setForm((current) => ({ ...current, ...next }));
    setProblems([]);
    save.reset();
  };
  const result = retentionSettingsOf(form);
  // Days are marked while typing; a duty being filled in is marked only when saving.
  const marked = "problems" in result ? result.problems : [];
  const preview = useQuery(
    trpc.retention.preview.queryOptions("settings" in result ? result.settings : skipToken, {
      placeholderData: keepPreviousData,
    }),
  );
  const submit = () => {
    if ("problems" in result) setProblems(result.problems);
    else save.mutate(result.settings);
  };

  return (
    <form
      className="retention"
      aria-labelledby="retention-title"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <header className="retention-head">
        <div>
          <h2 id="retention-title">{t("admin.pages.retention")}</h2>
          <p className="muted">{t("retention.intro")}</p>
          <p className="muted">
            {saved.updatedAt
              ? t("retention.savedBy", {
                  who: saved.updatedBy ?? t("retention.someone"),
                  when: formatDateTime(saved.updatedAt, i18n.language),
                })
              : t("retention.neverSaved")}
          </p>
        </div>
        <button type="submit" className="primary" disabled={save.isPending}>
          {save.isPending ? t("retention.saving") : t("retention.save")}
        </button>
      </header>
      {save.error ? <ErrorNote error={save.error} /> : null}
      {save.isSuccess && problems.length === 0 ? (
        <p className="ok-note" role="status">
          {t("retention.saved")}
        </p>
      ) : null}
      {problems.length > 0 ? (
        <p className="error-note" role="alert">
          {t("retention.problems", { count: problems.length })}
        </p>
      ) : null}

      <fieldset className="retention-section">
        <legend>{t("retention.rulesTitle")}</legend>
        <RetentionRulesTable rules={form.rules} problems={marked} onChange={(rules) => change({ rules })} />
      </fieldset>

      <fieldset className="retention-section">
        <legend>{t("retention.dutiesTitle")}</legend>
        <p className="muted">{t("retention.dutiesIntro")}</p>
        <RetentionDutiesEditor
          duties={form.duties}
          problems={problems}
          onChange={(duties) => change({ duties })}
        />
      </fieldset>

      <section className="retention-section" aria-labelledby="retention-preview-title">
        <h3 id="retention-preview-title">{t("retention.previewTitle")}</h3>
        {"problems" in result ? (
          <p className="muted">{t("retention.previewInvalid")}</p>
        ) : preview.error ? (
          <ErrorNote error={preview.error} />
        ) : (
          <RetentionPreview rules={result.settings.rules} counts={preview.data} />
        )}
      </section>

      <RetentionLastRun />
    </form>
  );
}
