import type { ErasureRequestView } from "@emma/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useId, useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { ErasureBlockNote } from "../../erasure/erasure-block-note.tsx";
import { ErasureError } from "../../erasure/erasure-error.tsx";
import { formatDate } from "../../ui/format.ts";
import { AdminDialog } from "../admin-dialog.tsx";

export type Decision = "approve" | "refuse";

/**
 * The second pair of eyes: approving names the person and what goes, irreversibly, and when (now,
 * or when the duties to keep end); refusing needs a reason the requester reads.
 */
export function DecideErasureDialog(props: {
  request: ErasureRequestView;
  decision: Decision;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const noteId = useId();
  const [note, setNote] = useState("");
  const done = {
    onSuccess: async () => {
      await queryClient.invalidateQueries(trpc.erasure.pathFilter());
      props.onClose();
    },
  };
  const approve = useMutation(trpc.erasure.approve.mutationOptions(done));
  const refuse = useMutation(trpc.erasure.refuse.mutationOptions(done));
  const error = approve.error ?? refuse.error;
  const { request } = props;
  const name = request.customerName;
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    if (props.decision === "approve") approve.mutate({ requestId: request.id, note });
    else refuse.mutate({ requestId: request.id, note });
  };
  const when =
    request.block.kind === "delayed"
      ? t("erasure.admin.approveDelayed", { until: formatDate(request.block.until, i18n.language) })
      : request.block.kind === "held"
        ? t("erasure.admin.approveHeld")
        : t("erasure.admin.approveNow");
  return (
    <AdminDialog
      title={t(props.decision === "approve" ? "erasure.admin.approveTitle" : "erasure.admin.refuseTitle", {
        name,
      })}
      onClose={props.onClose}
      wide
    >
      <form className="admin-form erasure-form" onSubmit={submit}>
        <p className="erasure-reason">{request.reason}</p>
        {props.decision === "approve" ? (
          <>
            <p className="erasure-warning" role="note">
              {t("erasure.admin.approveWarning", { name })}
            </p>
            <p>
              <strong>{when}</strong>
            </p>
            <ErasureBlockNote block={request.block} />
          </>
        ) : null}
        <div className="admin-field">
          <label htmlFor={noteId}>
            {props.decision === "approve" ? t("erasure.admin.note") : t("erasure.admin.refuseNote")}
          </label>
          <textarea
            id={noteId}
            required={props.decision === "refuse"}
            minLength={props.decision === "refuse" ? 3 : undefined}
            maxLength={1000}
            rows={2}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </div>
        {error ? <ErasureError error={error} /> : null}
        <div className="button-row admin-actions">
          <button
            type="submit"
            className={props.decision === "approve" ? "primary danger" : "primary"}
            disabled={approve.isPending || refuse.isPending}
          >
            {props.decision === "approve"
              ? t("erasure.admin.confirmApprove")
              : t("erasure.admin.confirmRefuse")}
          </button>
          <button type="button" onClick={props.onClose}>
            {t("erasure.admin.cancel")}
          </button>
        </div>
      </form>
    </AdminDialog>
  );
}
