import { auditExportQuery, type AuditFilters } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { fetchFile, saveBlob } from "../files/fetch-file.ts";

/** Downloads the filtered log as CSV, column names in the console's language. */
export function useAuditExport(filters: AuditFilters) {
  const { i18n } = useTranslation();
  return useMutation({
    mutationFn: async () => {
      const language = i18n.language === "en" ? "en" : "de";
      const blob = await fetchFile(`/audit/export?${auditExportQuery(filters, language)}`);
      saveBlob(blob, `emma-audit-${new Date().toISOString().slice(0, 10)}.csv`);
    },
  });
}
