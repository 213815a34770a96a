import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { MergeConfirmation } from "../customer/merge-confirmation.tsx";
import { NO_PROOF, type IdentityProof } from "../customer/identity-proof.ts";
import { MergeErrorNote } from "../customer/merge-error-note.tsx";
import { useInvalidateCustomers } from "../customer/use-invalidate-customer.ts";
import { useMergeAfterPreview } from "../customer/use-merge-after-preview.ts";
import { ErrorNote } from "../ui/error-note.tsx";

/**
 * The three answers to a suggestion. Merge (the other customer into `survivorId`), after the agent
 * has seen what differs and whether someone marked them as two people; "later" forgets the
 * suggestion for now (stronger evidence may bring it back); "not the same person" is remembered.
 */
export function SuggestionActions(props: {
  suggestionId: string;
  survivorId: string;
  absorbedId: string;
  /** Names both customers for the buttons' group, so a screen reader knows which row it is in. */
  label: string;
  note?: string;
  /** What the agent learnt of who the customer is (the banner's "Identität prüfen"). */
  proof?: IdentityProof;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const invalidate = useInvalidateCustomers();
  const { start, confirming, confirm, cancel, preview, merge } = useMergeAfterPreview({
    survivorId: props.survivorId,
    absorbedId: props.absorbedId,
    reason: props.note ?? "",
    suggestionId: props.suggestionId,
    proof: props.proof ?? NO_PROOF,
  });
  const later = useMutation(trpc.merges.dismiss.mutationOptions({ onSuccess: invalidate }));
  const notSame = useMutation(trpc.merges.notSamePerson.mutationOptions({ onSuccess: invalidate }));
  const busy = merge.isPending || preview.isPending || later.isPending || notSame.isPending;

  return (
    <>
      {confirming ? (
        <MergeConfirmation
          differences={confirming.differences}
          warning={confirming.warning}
          pending={merge.isPending}
          onConfirm={confirm}
          onCancel={cancel}
        />
      ) : (
        <div className="button-row suggestion-actions" role="group" aria-label={props.label}>
          <button type="button" className="primary small" disabled={busy} onClick={start}>
            {t("mergeReview.merge")}
          </button>
          <button
            type="button"
            className="small"
            title={t("mergeReview.laterHint")}
            disabled={busy}
            onClick={() => later.mutate({ suggestionId: props.suggestionId })}
          >
            {t("mergeReview.later")}
          </button>
          <button
            type="button"
            className="small"
            title={t("mergeReview.notSamePersonHint")}
            disabled={busy}
            onClick={() => notSame.mutate({ suggestionId: props.suggestionId })}
          >
            {t("mergeReview.notSamePerson")}
          </button>
        </div>
      )}
      {preview.error ? <ErrorNote error={preview.error} /> : null}
      {merge.error ? <MergeErrorNote error={merge.error} /> : null}
      {later.error ? <ErrorNote error={later.error} /> : null}
      {notSame.error ? <ErrorNote error={notSame.error} /> : null}
    </>
  );
}
