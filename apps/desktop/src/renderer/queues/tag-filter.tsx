import { useTranslation } from "react-i18next";
import { useQueueView } from "./queue-view-store.ts";
import { TagInput } from "./tag-input.tsx";

/** Narrows the queue to one tag; shown as a removable chip while it applies. */
export function TagFilter() {
  const { t } = useTranslation();
  const tag = useQueueView((state) => state.tag);
  const setTag = useQueueView((state) => state.setTag);
  return (
    <div className="tag-filter">
      {tag ? (
        <button
          type="button"
          className="chip tag-chip"
          aria-pressed="true"
          aria-label={t("queueWork.tagFilterClear", { tag })}
          onClick={() => setTag(null)}
        >
          {t("queueWork.tagFilterActive", { tag })} ✕
        </button>
      ) : (
        <TagInput
          label={t("queueWork.tagFilter")}
          placeholder={t("queueWork.tagFilterPlaceholder")}
          actions={[{ label: t("queueWork.tagFilterApply"), use: setTag }]}
        />
      )}
    </div>
  );
}
