import type { ConversationStatus } from "@emma/core";
import { useTranslation } from "react-i18next";
import { QUEUE_STATUSES, useUiStore, type QueueStatus } from "../state/ui-store.ts";

/** The statuses each filter asks the API for. */
export const STATUSES_OF: Record<QueueStatus, ConversationStatus[]> = {
  active: ["open", "pending"],
  snoozed: ["snoozed"],
  resolved: ["resolved"],
};

/** Active work, snoozed (with the time each comes back), or done. */
export function StatusFilter() {
  const { t } = useTranslation();
  const queueStatus = useUiStore((state) => state.queueStatus);
  const setQueueStatus = useUiStore((state) => state.setQueueStatus);
  return (
    <div className="status-filter" role="group" aria-label={t("queues.statusFilter")}>
      {QUEUE_STATUSES.map((status) => (
        <button
          key={status}
          type="button"
          className="chip"
          aria-pressed={status === queueStatus}
          onClick={() => setQueueStatus(status)}
        >
          {t(`queues.status.${status}`)}
        </button>
      ))}
    </div>
  );
}
