import { can } from "@emma/core";
import { useState } from "react";
import { useModalDialog } from "../ui/use-modal-dialog.ts";
import { useTranslation } from "react-i18next";
import { useMe } from "../auth/use-me.ts";
import { ExportDataPanel } from "./export-data-panel.tsx";

interface ExportDataButtonProps {
  customerId: string;
  customerName: string;
  /** The customer's language: the readable document's default. */
  customerLocale: string | null;
}

/**
 * "Export data" beside a customer's name, for supervisors and admins: a dialog to start an export
 * of everything Emma holds about the person (GDPR Art. 15 and 20), follow it and download it.
 */
export function ExportDataButton({ customerId, customerName, customerLocale }: ExportDataButtonProps) {
  const { t } = useTranslation();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const dialogRef = useModalDialog(open);
  if (me === null || !can(me.role, "customer.export")) return null;
  return (
    <>
      <button type="button" className="ghost" onClick={() => setOpen(true)}>
        {t("exportData.open")}
      </button>
      <dialog
        ref={dialogRef}
        className="export-data-dialog"
        aria-labelledby="export-data-title"
        onClose={() => setOpen(false)}
      >
        <header className="export-data-head">
          <h2 id="export-data-title">{t("exportData.title", { name: customerName })}</h2>
          <button type="button" className="ghost" onClick={() => setOpen(false)}>
            {t("exportData.close")}
          </button>
        </header>
        {open ? <ExportDataPanel customerId={customerId} customerLocale={customerLocale} /> : null}
      </dialog>
    </>
  );
}
