import type { ErasureBlockView } from "@emma/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { AdminDialog } from "../admin/admin-dialog.tsx";
import { useTRPC } from "../api/trpc.ts";
import { ErasureBlockNote } from "./erasure-block-note.tsx";
import { ErasureError } from "./erasure-error.tsx";

/**
 * A supervisor asks for the erasure with a reason, reading first what it removes and keeps, and
 * whether a legal hold blocks it or a duty to keep delays it.
 */
export function RequestErasureDialog(props: {
  customerId: string;
  customerName: string;
  block: ErasureBlockView;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const reasonId = useId();
  const hintId = useId();
  const [reason, setReason] = useState("");
  const request = useMutation(
    trpc.erasure.request.mutationOptions({
      onSuccess: async () => {
        await queryClient.invalidateQueries(trpc.erasure.pathFilter());
        props.onClose();
      },
    }),
  );
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    request.mutate({ customerId: props.customerId, reason });
  };
  return (
    <AdminDialog title={t("erasure.requestTitle", { name: props.customerName })} onClose={props.onClose} wide>
      <form className="admin-form erasure-form" onSubmit={submit}>
        <p>{t("erasure.explainRemoves")}</p>
        <p>{t("erasure.explainKeeps")}</p>
        <p className="muted">{t("erasure.explainFourEyes")}</p>
        <ErasureBlockNote block={props.block} />
        <div className="admin-field">
          <label htmlFor={reasonId}>{t("erasure.reason")}</label>
          <textarea
            id={reasonId}
            required
            minLength={3}
            maxLength={1000}
            rows={3}
            aria-describedby={hintId}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
          />
          <p id={hintId} className="muted small-text">
            {t("erasure.reasonHint")}
          </p>
        </div>
        {request.error ? <ErasureError error={request.error} /> : null}
        <div className="button-row admin-actions">
          <button type="submit" className="primary danger" disabled={request.isPending}>
            {t("erasure.submit")}
          </button>
          <button type="button" onClick={props.onClose}>
            {t("erasure.cancel")}
          </button>
        </div>
      </form>
    </AdminDialog>
  );
}
