import type { MergeDifference, MergeDifferenceField } from "@emma/core";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { MergeErrorNote } from "./merge-error-note.tsx";
import { MergeConfirmation } from "./merge-confirmation.tsx";
import { mergeReasonsText } from "./merge-wording.ts";
import { useInvalidateCustomers } from "./use-invalidate-customer.ts";

type Suggestion = Customer360["mergeSuggestions"][number];

/**
 * "Maybe the same person": merge the other customer into this one, or dismiss. When the two differ
 * (another name, another language) the agent first sees what differs and confirms it.
 */
export function MergeBanner({ customerId, suggestion }: { customerId: string; suggestion: Suggestion }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCustomers();
  const evidence = mergeReasonsText(suggestion.reasons, t, i18n.language);
  const [note, setNote] = useState("");
  const [differences, setDifferences] = useState<MergeDifference[] | null>(null);
  const { data: suggestions } = useQuery(trpc.merges.suggestions.queryOptions({ customerId }));
  const other = suggestions
    ?.find((s) => s.id === suggestion.id)
    ?.customers.find((c) => c.id === suggestion.otherCustomerId);
  const pair = { survivorId: customerId, absorbedId: suggestion.otherCustomerId };
  const merge = useMutation(trpc.merges.merge.mutationOptions({ onSuccess: invalidate }));
  const mergeConfirming = (confirmedDifferences: MergeDifferenceField[]) =>
    merge.mutate({ ...pair, reason: note, suggestionId: suggestion.id, confirmedDifferences });
  // Asked at the moment of merging: names can change while the banner is open.
  const preview = useMutation({
    mutationFn: () => queryClient.query(trpc.merges.preview.queryOptions(pair, { staleTime: 0 })),
    onSuccess: (result) => {
      if (result.differences.length > 0) setDifferences(result.differences);
      else mergeConfirming([]);
    },
  });
  const dismiss = useMutation(trpc.merges.dismiss.mutationOptions({ onSuccess: invalidate }));

  return (
    <div
      className="merge-banner"
      role="region"
      aria-label={t("customer.mergeSuggestion", { name: other?.displayName ?? "…" })}
    >
      <strong>{t("customer.mergeSuggestion", { name: other?.displayName ?? "…" })}</strong>
      <details className="merge-details">
        <summary className="small-text">{t("customer.mergeEvidenceLabel")}</summary>
        {evidence ? <p className="muted small-text">{evidence}</p> : null}
        <label className="small-text" htmlFor={`merge-note-${suggestion.id}`}>
          {t("customer.mergeNoteLabel")}
        </label>
        <input
          id={`merge-note-${suggestion.id}`}
          value={note}
          maxLength={2000}
          onChange={(event) => setNote(event.target.value)}
        />
      </details>
      {differences ? (
        <MergeConfirmation
          differences={differences}
          pending={merge.isPending}
          onConfirm={() => mergeConfirming(differences.map((difference) => difference.field))}
          onCancel={() => setDifferences(null)}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="primary small"
            disabled={merge.isPending || preview.isPending}
            onClick={() => preview.mutate()}
          >
            {t("customer.merge")}
          </button>
          <button
            type="button"
            className="small"
            disabled={dismiss.isPending}
            onClick={() => dismiss.mutate({ suggestionId: suggestion.id })}
          >
            {t("customer.dismiss")}
          </button>
        </div>
      )}
      {preview.error ? <ErrorNote error={preview.error} /> : null}
      {merge.error ? <MergeErrorNote error={merge.error} /> : null}
      {dismiss.error ? <ErrorNote error={dismiss.error} /> : null}
    </div>
  );
}
