import type { QueueView } from "@emma/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { QUEUE_STATUSES, useUiStore } from "../state/ui-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { useQueueView } from "./queue-view-store.ts";
import { STATUSES_OF } from "./status-filter.tsx";

/** The agent's own saved queue views: one click brings queue, status, tag and order back. */
export function SavedFilters() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const ui = useUiStore();
  const view = useQueueView();
  const [naming, setNaming] = useState(false);
  const [name, setName] = useState("");
  const saved = useQuery(trpc.savedFilters.list.queryOptions());
  const refresh = () => void queryClient.invalidateQueries(trpc.savedFilters.list.pathFilter());
  const save = useMutation(
    trpc.savedFilters.save.mutationOptions({
      onSuccess: () => {
        setNaming(false);
        setName("");
        refresh();
      },
    }),
  );
  const remove = useMutation(trpc.savedFilters.delete.mutationOptions({ onSuccess: refresh }));
  const current: QueueView = {
    queue: ui.queue,
    statuses: STATUSES_OF[ui.queueStatus],
    tag: view.tag,
    order: view.order,
  };
  const apply = (saved: QueueView) => {
    ui.setQueue(saved.queue);
    const status = QUEUE_STATUSES.find((s) => sameStatuses(STATUSES_OF[s], saved.statuses));
    ui.setQueueStatus(status ?? "active");
    view.setTag(saved.tag);
    view.setOrder(saved.order);
  };
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    save.mutate({ name, view: current });
  };

  return (
    <section className="saved-filters" aria-label={t("queueWork.savedLabel")}>
      {(saved.data ?? []).length > 0 ? (
        <ul className="saved-filter-list">
          {(saved.data ?? []).map((filter) => (
            <li key={filter.id}>
              <button
                type="button"
                className="queue-button saved-filter"
                aria-current={sameView(filter.view, current) ? "page" : undefined}
                onClick={() => apply(filter.view)}
              >
                {filter.name}
              </button>
              <button
                type="button"
                className="ghost icon-button"
                aria-label={t("queueWork.savedDelete", { name: filter.name })}
                disabled={remove.isPending}
                onClick={() => remove.mutate({ id: filter.id })}
              >
                ✕
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {naming ? (
        <form className="save-view-form" onSubmit={submit}>
          <input
            type="text"
            autoFocus
            aria-label={t("queueWork.savedName")}
            placeholder={t("queueWork.savedName")}
            value={name}
            maxLength={60}
            onChange={(event) => setName(event.target.value)}
            onKeyDown={(event) => {
              if (event.key === "Escape") setNaming(false);
            }}
          />
          <button type="submit" disabled={save.isPending || name.trim() === ""}>
            {t("queueWork.savedSave")}
          </button>
        </form>
      ) : (
        <button type="button" className="ghost save-view" onClick={() => setNaming(true)}>
          {t("queueWork.savedAdd")}
        </button>
      )}
      {save.error ? <ErrorNote error={save.error} /> : null}
    </section>
  );
}

function sameStatuses(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((status) => b.includes(status));
}

function sameView(a: QueueView, b: QueueView): boolean {
  return (
    a.queue === b.queue && a.tag === b.tag && a.order === b.order && sameStatuses(a.statuses, b.statuses)
  );
}
