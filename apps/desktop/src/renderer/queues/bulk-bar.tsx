import type { BulkChange, ConversationStatus } from "@emma/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { BulkAssignPicker } from "./bulk-assign-picker.tsx";
import { useQueueView } from "./queue-view-store.ts";
import { TagInput } from "./tag-input.tsx";

type BulkResult = RouterOutputs["conversations"]["bulkUpdate"]["results"][number];
const STATUSES: readonly ConversationStatus[] = ["open", "pending", "resolved"];

/**
 * What to do to every ticked row: assign, set a status, add or remove a tag. The API applies it to
 * each with the single action's rules and answers per conversation; refused ones stay ticked and
 * the reason is shown.
 */
export function BulkBar() {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const queryClient = useQueryClient();
  const selected = useQueueView((state) => state.selected);
  const setSelected = useQueueView((state) => state.setSelected);
  const clearSelection = useQueueView((state) => state.clearSelection);
  const [results, setResults] = useState<BulkResult[] | null>(null);
  const keptAfterRun = useRef<string[] | null>(null);
  const bulk = useMutation(
    trpc.conversations.bulkUpdate.mutationOptions({
      onSuccess: (data) => {
        const refused = data.results.filter((r) => r.outcome === "refused").map((r) => r.conversationId);
        keptAfterRun.current = refused;
        setResults(data.results);
        setSelected(refused);
        void queryClient.invalidateQueries(trpc.conversations.list.pathFilter());
        void queryClient.invalidateQueries(trpc.conversations.counts.pathFilter());
        void queryClient.invalidateQueries(trpc.conversations.get.pathFilter());
      },
    }),
  );
  const run = (change: BulkChange) => {
    keptAfterRun.current = null;
    setResults(null);
    bulk.mutate({ conversationIds: selected, change });
  };
  const busy = bulk.isPending;
  // The summary stays until the agent ticks or unticks anything: that starts the next action.
  useEffect(() => {
    const kept = keptAfterRun.current;
    if (kept && (kept.length !== selected.length || kept.some((id) => !selected.includes(id)))) {
      keptAfterRun.current = null;
      setResults(null);
    }
  }, [selected]);
  if (selected.length === 0)
    return results ? (
      <section className="bulk-bar" aria-label={t("queueWork.bulkLabel")}>
        <BulkSummary results={results} />
      </section>
    ) : null;

  return (
    <section className="bulk-bar" aria-label={t("queueWork.bulkLabel")}>
      <div className="bulk-line">
        <strong role="status">{t("queueWork.selectedCount", { count: selected.length })}</strong>
        <button type="button" className="ghost" onClick={clearSelection}>
          {t("queueWork.clearSelection")}
        </button>
      </div>
      <div className="bulk-line">
        {me ? (
          <button type="button" disabled={busy} onClick={() => run({ kind: "assign", assigneeId: me.id })}>
            {t("conversation.assignToMe")}
          </button>
        ) : null}
        <BulkAssignPicker
          disabled={busy}
          onAssign={(target) =>
            run({
              kind: "assign",
              assigneeId: target.assigneeId,
              ...(target.teamId ? { teamId: target.teamId } : {}),
            })
          }
        />
      </div>
      <div className="bulk-line" role="group" aria-label={t("conversation.setStatus")}>
        {STATUSES.map((status) => (
          <button
            key={status}
            type="button"
            className={`status-button status-${status}`}
            disabled={busy}
            onClick={() => run({ kind: "setStatus", status })}
          >
            {t(`statuses.${status}`)}
          </button>
        ))}
      </div>
      <TagInput
        label={t("queueWork.bulkTag")}
        placeholder={t("queueWork.tagPlaceholder")}
        disabled={busy}
        actions={[
          { label: t("queueWork.addTag"), use: (tag) => run({ kind: "tags", add: [tag], remove: [] }) },
          { label: t("queueWork.removeTag"), use: (tag) => run({ kind: "tags", add: [], remove: [tag] }) },
        ]}
      />
      {results ? <BulkSummary results={results} /> : null}
      {bulk.error ? <ErrorNote error={bulk.error} /> : null}
    </section>
  );
}

function BulkSummary({ results }: { results: BulkResult[] }) {
  const { t } = useTranslation();
  const count = (outcome: BulkResult["outcome"]) => results.filter((r) => r.outcome === outcome).length;
  const reasons = [...new Set(results.flatMap((r) => (r.reason ? [t(`errors.${r.reason}`)] : [])))];
  return (
    <p className="bulk-summary" role="status">
      {t("queueWork.bulkDone", {
        changed: count("changed"),
        unchanged: count("unchanged"),
        refused: count("refused") + count("not_found"),
      })}
      {reasons.length > 0 ? ` ${t("queueWork.bulkRefusedWhy", { reasons: reasons.join("; ") })}` : null}
    </p>
  );
}
