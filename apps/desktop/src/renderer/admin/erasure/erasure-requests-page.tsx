import { OPEN_ERASURE_STATUSES, type ErasureRequestView } from "@emma/core";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../../api/trpc.ts";
import { useMe } from "../../auth/use-me.ts";
import { ErasureBlockNote } from "../../erasure/erasure-block-note.tsx";
import { ErasureStateLines, ErasureStatusBadge, showsBlock } from "../../erasure/erasure-state.tsx";
import { ErrorNote } from "../../ui/error-note.tsx";
import { DecideErasureDialog, type Decision } from "./decide-erasure-dialog.tsx";

/** A newly filed request shows up without a reload: the queue asks again now and then. */
const REFRESH_EVERY_MS = 30_000;

function isOpen(request: ErasureRequestView): boolean {
  return OPEN_ERASURE_STATUSES.some((status) => status === request.status);
}

/** The admin's queue of erasure requests, open ones first, with approve and refuse; below, the history. */
export function ErasureRequestsPage() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const requests = useQuery(trpc.erasure.list.queryOptions({}, { refetchInterval: REFRESH_EVERY_MS }));
  const [dialog, setDialog] = useState<{ request: ErasureRequestView; decision: Decision } | null>(null);
  const open = (requests.data ?? []).filter(isOpen);
  const closed = (requests.data ?? []).filter((request) => !isOpen(request));
  const decide = (request: ErasureRequestView, decision: Decision) => setDialog({ request, decision });
  return (
    <div className="admin-erasure">
      <header className="admin-page-head">
        <div>
          <h2>{t("admin.pages.erasureRequests")}</h2>
          <p className="muted">{t("erasure.admin.intro")}</p>
        </div>
      </header>
      {requests.error ? <ErrorNote error={requests.error} /> : null}
      {requests.isPending ? <p className="muted">{t("common.loading")}</p> : null}
      {requests.data ? (
        <>
          <h3>{t("erasure.admin.open")}</h3>
          {open.length === 0 ? <p className="muted">{t("erasure.admin.empty")}</p> : null}
          {open.length > 0 ? <RequestTable requests={open} onDecide={decide} /> : null}
          <h3>{t("erasure.admin.history")}</h3>
          {closed.length === 0 ? <p className="muted">{t("erasure.admin.historyEmpty")}</p> : null}
          {closed.length > 0 ? <RequestTable requests={closed} onDecide={decide} /> : null}
        </>
      ) : null}
      {dialog ? (
        <DecideErasureDialog
          request={dialog.request}
          decision={dialog.decision}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </div>
  );
}

function RequestTable(props: {
  requests: ErasureRequestView[];
  onDecide: (request: ErasureRequestView, decision: Decision) => void;
}) {
  const { t } = useTranslation();
  const me = useMe();
  return (
    <table className="admin-table erasure-table">
      <thead>
        <tr>
          <th scope="col">{t("erasure.admin.columns.customer")}</th>
          <th scope="col">{t("erasure.admin.columns.reason")}</th>
          <th scope="col">{t("erasure.admin.columns.state")}</th>
          <th scope="col">{t("erasure.admin.columns.actions")}</th>
        </tr>
      </thead>
      <tbody>
        {props.requests.map((request) => (
          <tr key={request.id} data-request-id={request.id}>
            <th scope="row">{request.customerName || t("erasure.erasedPerson")}</th>
            <td className="erasure-reason">{request.reason}</td>
            <td>
              <ErasureStatusBadge status={request.status} />
              <ErasureStateLines request={request} />
              {isOpen(request) && showsBlock(request) ? <ErasureBlockNote block={request.block} /> : null}
            </td>
            <td>
              {request.status !== "requested" ? null : request.requestedBy === me?.id ? (
                <p className="muted small-text">{t("erasure.admin.ownRequest")}</p>
              ) : (
                <div
                  className="admin-row-actions"
                  role="group"
                  aria-label={t("erasure.admin.actionsFor", { name: request.customerName })}
                >
                  <button type="button" className="danger" onClick={() => props.onDecide(request, "approve")}>
                    {t("erasure.admin.approve")}
                  </button>
                  <button type="button" onClick={() => props.onDecide(request, "refuse")}>
                    {t("erasure.admin.refuse")}
                  </button>
                </div>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
