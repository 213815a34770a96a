import type { MergeDifference } from "@emma/core";
import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { answersDiffer, proofForMerge, type IdentityProof } from "./identity-proof.ts";
import { mergeWarning } from "./merge-warnings.ts";
import { useInvalidateCustomers } from "./use-invalidate-customer.ts";

export interface Confirming {
  differences: MergeDifference[];
  warning: string | null;
}

/**
 * A merge as the console does it, from a suggestion or by hand: the preview is asked at the moment
 * of merging (names and decisions change while a screen is open); what differs, answers that did not
 * match and a "not the same person" mark are confirmed first; otherwise it merges at once.
 */
export function useMergeAfterPreview(props: {
  survivorId: string;
  absorbedId: string;
  reason: string;
  suggestionId?: string;
  proof: IdentityProof;
  onMerged?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const invalidate = useInvalidateCustomers();
  const [confirming, setConfirming] = useState<Confirming | null>(null);
  const pair = { survivorId: props.survivorId, absorbedId: props.absorbedId };
  const merge = useMutation(
    trpc.merges.merge.mutationOptions({
      onSuccess: () => {
        invalidate();
        props.onMerged?.();
      },
    }),
  );
  const mergeConfirming = (confirmed: readonly MergeDifference[]) =>
    merge.mutate({
      ...pair,
      reason: props.reason,
      confirmedDifferences: confirmed.map((difference) => difference.field),
      ...(props.suggestionId === undefined ? {} : { suggestionId: props.suggestionId }),
      ...proofForMerge(props.proof),
    });
  const preview = useMutation({
    mutationFn: () => queryClient.query(trpc.merges.preview.queryOptions(pair, { staleTime: 0 })),
    onSuccess: (result) => {
      const warning = mergeWarning(result, answersDiffer(props.proof), t, i18n.language);
      if (result.differences.length > 0 || warning !== null)
        setConfirming({ differences: result.differences, warning });
      else mergeConfirming([]);
    },
  });
  return {
    start: () => preview.mutate(),
    confirming,
    confirm: () => mergeConfirming(confirming?.differences ?? []),
    cancel: () => setConfirming(null),
    preview,
    merge,
  };
}
