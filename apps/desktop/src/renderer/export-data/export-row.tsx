import type { CustomerExportSummary } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchFile, saveBlob } from "../files/fetch-file.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { formatBytes, formatDateTime } from "../ui/format.ts";

/** One export: who asked when, its progress or outcome, and the download while it is kept. */
export function ExportRow({ entry }: { entry: CustomerExportSummary }) {
  const { t, i18n } = useTranslation();
  const download = useMutation({
    mutationFn: async () => {
      const blob = await fetchFile(`/customer-exports/${entry.id}`);
      saveBlob(blob, `emma-export-${entry.requestedAt.slice(0, 10)}.zip`);
    },
  });
  const { done, total } = entry.progress;
  return (
    <li className={`export-data-row ${entry.status}`}>
      <div className="export-data-who">
        <strong>{t(`exportData.status.${entry.status}`)}</strong>{" "}
        <span className="muted">
          {t("exportData.requested", {
            who: entry.requestedBy ?? t("exportData.someone"),
            when: formatDateTime(entry.requestedAt, i18n.language),
            language: t(`exportData.languages.${entry.language}`),
          })}
        </span>
      </div>
      {entry.status === "queued" || entry.status === "running" ? (
        <div className="export-data-progress">
          <progress
            max={Math.max(total, 1)}
            value={done}
            aria-label={t("exportData.progress", { done, total })}
          />
          <span className="muted">{t("exportData.progress", { done, total })}</span>
        </div>
      ) : null}
      {entry.status === "failed" && entry.error ? <p className="error-note">{entry.error}</p> : null}
      {entry.status === "done" ? (
        <div className="export-data-ready">
          <button
            type="button"
            className="primary"
            disabled={download.isPending}
            onClick={() => download.mutate()}
          >
            {t("exportData.download", { size: formatBytes(entry.bytes ?? 0, i18n.language) })}
          </button>
          {entry.expiresAt ? (
            <span className="muted">
              {t("exportData.expires", { when: formatDateTime(entry.expiresAt, i18n.language) })}
            </span>
          ) : null}
        </div>
      ) : null}
      {download.error ? <ErrorNote error={download.error} /> : null}
    </li>
  );
}
