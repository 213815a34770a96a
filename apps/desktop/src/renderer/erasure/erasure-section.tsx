import { can, OPEN_ERASURE_STATUSES, type ErasureStatus } from "@emma/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { CollapsibleSection } from "../customer/collapsible-section.tsx";
import { ErrorNote } from "../ui/error-note.tsx";
import { ErasureBlockNote } from "./erasure-block-note.tsx";
import { ErasureError } from "./erasure-error.tsx";
import { ErasureStateLines, ErasureStatusBadge, showsBlock } from "./erasure-state.tsx";
import { LegalHolds } from "./legal-holds.tsx";
import { RequestErasureDialog } from "./request-erasure-dialog.tsx";

function isOpen(status: ErasureStatus): boolean {
  return OPEN_ERASURE_STATUSES.some((open) => open === status);
}

/**
 * The 360's erasure: the current request and where it stands, what holds an erasure back now, the
 * button to ask for one, and the legal holds (placed and lifted by admins). For supervisors and admins.
 */
export function ErasureSection({ customerId, customerName }: { customerId: string; customerName: string }) {
  const me = useMe();
  if (me === null || !can(me.role, "erasure.request")) return null;
  return <ErasureSectionBody customerId={customerId} customerName={customerName} />;
}

function ErasureSectionBody({ customerId, customerName }: { customerId: string; customerName: string }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [requesting, setRequesting] = useState(false);
  const state = useQuery(trpc.erasure.forCustomer.queryOptions({ customerId }));
  const withdraw = useMutation(
    trpc.erasure.withdraw.mutationOptions({
      onSuccess: () => queryClient.invalidateQueries(trpc.erasure.pathFilter()),
    }),
  );
  const current = state.data?.current ?? null;
  const open = current !== null && isOpen(current.status);
  return (
    <CollapsibleSection
      id="erasure"
      summary={
        <>
          {t("erasure.title")} {open ? <ErasureStatusBadge status={current.status} /> : null}
        </>
      }
    >
      {state.error ? <ErrorNote error={state.error} /> : null}
      {state.data ? (
        <div className="erasure-section">
          {current ? (
            <div className="erasure-current">
              {open ? null : <ErasureStatusBadge status={current.status} />}
              <p className="erasure-reason">{current.reason}</p>
              <ErasureStateLines request={current} />
            </div>
          ) : (
            <p className="muted">{t("erasure.none")}</p>
          )}
          {!state.data.erased && showsBlock(current) ? <ErasureBlockNote block={state.data.block} /> : null}
          {current?.status === "requested" ? (
            <button
              type="button"
              onClick={() => withdraw.mutate({ requestId: current.id })}
              disabled={withdraw.isPending}
            >
              {t("erasure.withdraw")}
            </button>
          ) : null}
          {withdraw.error ? <ErasureError error={withdraw.error} /> : null}
          {!open && !state.data.erased ? (
            <button type="button" className="danger" onClick={() => setRequesting(true)}>
              {t("erasure.request")}
            </button>
          ) : null}
          <LegalHolds customerId={customerId} customerName={customerName} erased={state.data.erased} />
        </div>
      ) : null}
      {requesting && state.data ? (
        <RequestErasureDialog
          customerId={customerId}
          customerName={customerName}
          block={state.data.block}
          onClose={() => setRequesting(false)}
        />
      ) : null}
    </CollapsibleSection>
  );
}
