import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useUiStore } from "../state/ui-store.ts";
import { TimelineView } from "../timeline/timeline-view.tsx";
import { ErrorNote } from "../ui/error-note.tsx";
import { Customer360View } from "./customer-360-view.tsx";
import { useCustomerShare } from "./customer360-layout-store.ts";
import { SplitHandle } from "./split-handle.tsx";
import { UnknownCallerPanel } from "./unknown-caller-panel.tsx";

/**
 * Right pane: who the customer is (360) above everything they ever did with us (timeline). The 360
 * takes what it needs up to the share the agent set with the handle, and scrolls on its own beyond.
 */
export function CustomerPane() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const customerId = useUiStore((state) => state.customerId);
  const conversationId = useUiStore((state) => state.conversationId);
  const [share, setShare] = useCustomerShare();
  const query = useQuery(
    trpc.customers.get.queryOptions({ customerId: customerId ?? "" }, { enabled: customerId !== null }),
  );

  return (
    <aside className="pane customer-pane" aria-label={t("customer.customerLabel")}>
      {customerId === null ? (
        // A conversation open without a customer is an unknown caller's: nobody to show yet.
        conversationId === null ? (
          <p className="pane-note center">{t("customer.empty")}</p>
        ) : (
          <UnknownCallerPanel key={conversationId} conversationId={conversationId} />
        )
      ) : query.isPending ? (
        <p className="pane-note">{t("common.loading")}</p>
      ) : query.isError ? (
        <ErrorNote error={query.error} />
      ) : (
        <>
          <Customer360View customer={query.data} maxShare={share} />
          <SplitHandle share={share} onChange={setShare} />
          {/* Keyed by the live id: a merged-away id resolves to the survivor's timeline. */}
          <TimelineView
            key={query.data.id}
            customerId={query.data.id}
            customerName={query.data.displayName}
          />
        </>
      )}
    </aside>
  );
}
