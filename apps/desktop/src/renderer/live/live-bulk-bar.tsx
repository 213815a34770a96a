import type { BulkChange } from "@emma/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { BulkAssignPicker } from "../queues/bulk-assign-picker.tsx";
import { ErrorNote } from "../ui/error-note.tsx";

type BulkResult = RouterOutputs["conversations"]["bulkUpdate"]["results"][number];

/**
 * Hands the ticked conversations to a colleague, a team's pool or nobody, through the same
 * bulk action as the queue (each one by the single assignment's rules); refused ones stay ticked.
 */
export function LiveBulkBar({
  selected,
  onDone,
  onClear,
}: {
  selected: readonly string[];
  onDone: (stillSelected: string[]) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [results, setResults] = useState<BulkResult[] | null>(null);
  const bulk = useMutation(
    trpc.conversations.bulkUpdate.mutationOptions({
      onSuccess: (data) => {
        setResults(data.results);
        onDone(data.results.filter((r) => r.outcome === "refused").map((r) => r.conversationId));
        void queryClient.invalidateQueries(trpc.live.pathFilter());
        void queryClient.invalidateQueries(trpc.conversations.pathFilter());
      },
    }),
  );
  const run = (change: BulkChange) => {
    setResults(null);
    bulk.mutate({ conversationIds: [...selected], change });
  };
  if (selected.length === 0 && !results) return null;
  const count = (outcome: BulkResult["outcome"]) => results?.filter((r) => r.outcome === outcome).length ?? 0;
  const reasons = [...new Set((results ?? []).flatMap((r) => (r.reason ? [t(`errors.${r.reason}`)] : [])))];
  return (
    <section className="live-bulk" aria-label={t("live.bulkLabel")}>
      {selected.length > 0 ? (
        <>
          <strong role="status">{t("live.selected", { count: selected.length })}</strong>
          <BulkAssignPicker
            disabled={bulk.isPending}
            onAssign={(target) =>
              run({
                kind: "assign",
                assigneeId: target.assigneeId,
                ...(target.teamId ? { teamId: target.teamId } : {}),
              })
            }
          />
          <button type="button" className="ghost" onClick={onClear}>
            {t("live.clear")}
          </button>
        </>
      ) : null}
      {results ? (
        <p className="bulk-summary" role="status">
          {t("queueWork.bulkDone", {
            changed: count("changed"),
            unchanged: count("unchanged"),
            refused: count("refused") + count("not_found"),
          })}
          {reasons.length > 0 ? ` ${t("queueWork.bulkRefusedWhy", { reasons: reasons.join("; ") })}` : null}
        </p>
      ) : null}
      {bulk.error ? <ErrorNote error={bulk.error} /> : null}
    </section>
  );
}
