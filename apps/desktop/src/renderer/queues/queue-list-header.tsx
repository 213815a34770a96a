import { useEffect, useRef } from "react";
import { useTranslation } from "react-i18next";
import { useQueueView } from "./queue-view-store.ts";

/** Above the rows: tick every row shown, and which order the queue is in (key o switches). */
export function QueueListHeader({ ids }: { ids: readonly string[] }) {
  const { t } = useTranslation();
  const order = useQueueView((state) => state.order);
  const toggleOrder = useQueueView((state) => state.toggleOrder);
  const selected = useQueueView((state) => state.selected);
  const setSelected = useQueueView((state) => state.setSelected);
  const boxRef = useRef<HTMLInputElement>(null);
  const shownSelected = ids.filter((id) => selected.includes(id)).length;
  const all = ids.length > 0 && shownSelected === ids.length;
  useEffect(() => {
    if (boxRef.current) boxRef.current.indeterminate = shownSelected > 0 && !all;
  }, [shownSelected, all]);

  return (
    <div className="queue-list-header">
      <label className="select-all">
        <input
          ref={boxRef}
          type="checkbox"
          checked={all}
          disabled={ids.length === 0}
          onChange={() => setSelected(all ? [] : [...ids])}
        />
        {t("queueWork.selectAll")}
      </label>
      <button
        type="button"
        className="ghost order-toggle"
        aria-keyshortcuts="o"
        title={t("queueWork.orderHint")}
        onClick={toggleOrder}
      >
        {t(order === "waiting" ? "queueWork.orderWaiting" : "queueWork.orderNewest")}
      </button>
    </div>
  );
}
