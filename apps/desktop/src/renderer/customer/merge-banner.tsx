import { useMutation, useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { z } from "zod";
import type { Customer360 } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { useInvalidateCustomers } from "./use-invalidate-customer.ts";

type Suggestion = Customer360["mergeSuggestions"][number];

const reasonsSchema = z.array(z.object({ detail: z.string() }));

/** The evidence in words, as the API recorded it; unknown shapes are simply not shown. */
function reasonText(reasons: unknown): string {
  const parsed = reasonsSchema.safeParse(reasons);
  return parsed.success ? parsed.data.map((reason) => reason.detail).join("; ") : "";
}

/** "Maybe the same person": merge the other customer into this one, or dismiss. */
export function MergeBanner({ customerId, suggestion }: { customerId: string; suggestion: Suggestion }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateCustomers();
  const evidence = reasonText(suggestion.reasons);
  const [reason, setReason] = useState<string>(() =>
    t("customer.mergeReasonDefault", { reasons: evidence || "—" }),
  );
  const { data: suggestions } = useQuery(trpc.merges.suggestions.queryOptions({ customerId }));
  const other = suggestions
    ?.find((s) => s.id === suggestion.id)
    ?.customers.find((c) => c.id === suggestion.otherCustomerId);
  const merge = useMutation(trpc.merges.merge.mutationOptions({ onSuccess: invalidate }));
  const dismiss = useMutation(trpc.merges.dismiss.mutationOptions({ onSuccess: invalidate }));

  return (
    <div
      className="merge-banner"
      role="region"
      aria-label={t("customer.mergeSuggestion", { name: other?.displayName ?? "…" })}
    >
      <strong>{t("customer.mergeSuggestion", { name: other?.displayName ?? "…" })}</strong>
      <details className="merge-details">
        <summary className="small-text">{t("customer.mergeReasonLabel")}</summary>
        {evidence ? <p className="muted small-text">{evidence}</p> : null}
        <label className="visually-hidden" htmlFor={`merge-reason-${suggestion.id}`}>
          {t("customer.mergeReasonLabel")}
        </label>
        <input
          id={`merge-reason-${suggestion.id}`}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        />
      </details>
      <div className="button-row">
        <button
          type="button"
          className="primary small"
          disabled={merge.isPending || reason.trim().length < 3}
          onClick={() =>
            merge.mutate({
              survivorId: customerId,
              absorbedId: suggestion.otherCustomerId,
              reason,
              suggestionId: suggestion.id,
            })
          }
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
      {merge.error ? <ErrorNote error={merge.error} /> : null}
      {dismiss.error ? <ErrorNote error={dismiss.error} /> : null}
    </div>
  );
}
