import { can } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { formatDateTime } from "../ui/format.ts";
import { LegalHoldDialog, type LegalHoldDialogMode } from "./legal-hold-dialog.tsx";

/** The customer's legal holds, active ones first; admins place and lift them here. */
export function LegalHolds(props: { customerId: string; customerName: string; erased: boolean }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const [dialog, setDialog] = useState<LegalHoldDialogMode | null>(null);
  const holds = useQuery(trpc.legalHolds.forCustomer.queryOptions({ customerId: props.customerId }));
  const manages = me !== null && can(me.role, "erasure.approve");
  const someone = t("erasure.someone");
  return (
    <div className="legal-holds">
      <h4>{t("erasure.holds.title")}</h4>
      {holds.error ? <ErrorNote error={holds.error} /> : null}
      {holds.data?.length === 0 ? <p className="muted">{t("erasure.holds.none")}</p> : null}
      <ul>
        {(holds.data ?? []).map((hold) => (
          <li key={hold.id} className={hold.liftedAt === null ? "legal-hold-active" : "legal-hold-lifted"}>
            {hold.liftedAt === null ? (
              <span className="erasure-status erasure-status-held">{t("erasure.holds.active")}</span>
            ) : null}{" "}
            <strong>{hold.reason}</strong>
            <div className="muted small-text">
              {t("erasure.holds.placed", {
                name: hold.placedByName ?? someone,
                at: formatDateTime(hold.placedAt, i18n.language),
              })}
              {hold.liftedAt !== null
                ? ` · ${t("erasure.holds.lifted", {
                    name: hold.liftedByName ?? someone,
                    at: formatDateTime(hold.liftedAt, i18n.language),
                    note: hold.liftNote ?? "",
                  })}`
                : null}
            </div>
            {manages && hold.liftedAt === null ? (
              <button type="button" onClick={() => setDialog({ kind: "lift", holdId: hold.id })}>
                {t("erasure.holds.lift")}
              </button>
            ) : null}
          </li>
        ))}
      </ul>
      {manages && !props.erased ? (
        <button
          type="button"
          onClick={() =>
            setDialog({ kind: "place", customerId: props.customerId, customerName: props.customerName })
          }
        >
          {t("erasure.holds.place")}
        </button>
      ) : null}
      {dialog ? <LegalHoldDialog mode={dialog} onClose={() => setDialog(null)} /> : null}
    </div>
  );
}
