import type { ExportLanguage } from "@emma/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { ExportRow } from "./export-row.tsx";

/** While an export is being made the list asks again this often, for its progress. */
const POLL_MS = 1000;

/** Start an export in a language, then follow it and earlier ones in the list below. */
export function ExportDataPanel({
  customerId,
  customerLocale,
}: {
  customerId: string;
  customerLocale: string | null;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const languageId = useId();
  const [language, setLanguage] = useState<ExportLanguage>(customerLocale?.startsWith("en") ? "en" : "de");
  const exports = useQuery({
    ...trpc.customerExports.list.queryOptions({ customerId }),
    refetchInterval: (query) =>
      query.state.data?.some((e) => e.status === "queued" || e.status === "running") ? POLL_MS : false,
  });
  const start = useMutation(
    trpc.customerExports.start.mutationOptions({
      onSuccess: () => void queryClient.invalidateQueries(trpc.customerExports.list.pathFilter()),
    }),
  );
  return (
    <div className="export-data-body">
      <p className="export-data-notice">{t("exportData.notice")}</p>
      <form
        className="export-data-start"
        onSubmit={(event) => {
          event.preventDefault();
          start.mutate({
            customerId,
            language,
            timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
          });
        }}
      >
        <label htmlFor={languageId}>{t("exportData.language")}</label>
        <select
          id={languageId}
          value={language}
          onChange={(event) => setLanguage(event.target.value === "en" ? "en" : "de")}
        >
          <option value="de">{t("exportData.languages.de")}</option>
          <option value="en">{t("exportData.languages.en")}</option>
        </select>
        <button type="submit" className="primary" disabled={start.isPending}>
          {t("exportData.start")}
        </button>
      </form>
      {start.error ? <ErrorNote error={start.error} /> : null}
      <h3>{t("exportData.previous")}</h3>
      {exports.error ? <ErrorNote error={exports.error} /> : null}
      {exports.data?.length === 0 ? <p className="muted">{t("exportData.none")}</p> : null}
      <ul className="export-data-list">
        {exports.data?.map((entry) => (
          <ExportRow key={entry.id} entry={entry} />
        ))}
      </ul>
    </div>
  );
}
