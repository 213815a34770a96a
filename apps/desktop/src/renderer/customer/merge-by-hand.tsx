import { can, survivorOf, type Namesakes } from "@emma/core";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { useModalDialog } from "../ui/use-modal-dialog.ts";
import { channelsText } from "../merge-review/suggestion-wording.ts";
import { CustomerPicker, useCustomerHitText } from "./customer-picker.tsx";
import { NO_PROOF, type IdentityProof } from "./identity-proof.ts";
import { IdentityQuestions } from "./identity-questions.tsx";
import { MergeConfirmation } from "./merge-confirmation.tsx";
import { MergeErrorNote } from "./merge-error-note.tsx";
import { useMergeAfterPreview } from "./use-merge-after-preview.ts";
import { useInvalidateCustomers } from "./use-invalidate-customer.ts";

/** The other customer the agent chose: from the namesakes or the search. */
interface Candidate {
  id: string;
  displayName: string;
  customerNumber: string | null;
  /** What tells it from namesakes: customer number, channels or identities. */
  detail: string;
}

/**
 * "Zusammenführen …" beside the customer's name: when the agent knows better than the matcher (the
 * customer says so in the chat, a name alone is all Emma has), they pick the other customer (its
 * namesakes first, too little to suggest, or from a search), may ask the customer what the records
 * hold, say why, and merge the two (into the system of record's customer when only the other one
 * is that). Undone from the merge history.
 */
export function MergeByHandButton({ customer }: { customer: Customer360 }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<Candidate | null>(null);
  const dialogRef = useModalDialog(open);
  const titleId = useId();
  const allowed = me !== null && can(me.role, "merge.perform") && !customer.erased;
  const namesakes = useQuery(
    trpc.merges.namesakes.queryOptions({ customerId: customer.id }, { enabled: allowed }),
  );
  if (!allowed) return null;
  const count = namesakes.data?.length ?? 0;
  const close = () => {
    setOpen(false);
    setChosen(null);
  };
  return (
    <>
      <button type="button" className="ghost" onClick={() => setOpen(true)}>
        {count > 0 ? t("customer.byHand.openNamesakes", { count }) : t("customer.byHand.open")}
      </button>
      <dialog ref={dialogRef} className="export-data-dialog" aria-labelledby={titleId} onClose={close}>
        <header className="export-data-head">
          <h2 id={titleId}>{t("customer.byHand.title", { name: customer.displayName })}</h2>
          <button type="button" className="ghost" onClick={close}>
            {t("exportData.close")}
          </button>
        </header>
        {!open ? null : chosen ? (
          <ChosenCustomer
            customer={customer}
            other={chosen}
            onBack={() => setChosen(null)}
            onMerged={close}
          />
        ) : (
          <FindCustomer customer={customer} namesakes={namesakes.data ?? []} onChoose={setChosen} />
        )}
      </dialog>
    </>
  );
}

function FindCustomer({
  customer,
  namesakes,
  onChoose,
}: {
  customer: Customer360;
  namesakes: Namesakes;
  onChoose: (candidate: Candidate) => void;
}) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const hitText = useCustomerHitText();
  const titleId = useId();
  const invalidate = useInvalidateCustomers();
  const notSame = useMutation(trpc.merges.markDistinct.mutationOptions({ onSuccess: invalidate }));
  const namesakeDetail = (namesake: Namesakes[number]) =>
    [
      ...(namesake.customerNumber
        ? [t("mergeReview.customerNumber", { number: namesake.customerNumber })]
        : []),
      // A system of record's customer may be known on no channel yet: its number says enough.
      ...(namesake.channels.length > 0
        ? [t("mergeReview.knownOn", { channels: channelsText(namesake.channels, t, i18n.language) })]
        : []),
    ].join(" · ");
  return (
    <div className="merge-by-hand">
      <p className="muted small-text">{t("customer.byHand.intro")}</p>
      {namesakes.length > 0 ? (
        <section aria-labelledby={titleId}>
          <h3 id={titleId} className="namesakes-title">
            {t("customer.byHand.namesakes")}
          </h3>
          <p className="muted small-text">{t("customer.byHand.namesakesHint")}</p>
          <ul className="attach-hits namesakes">
            {namesakes.map((namesake) => (
              <li key={namesake.id}>
                <span className="hit-name">{namesake.displayName}</span>
                <span className="muted small-text">{namesakeDetail(namesake)}</span>
                <span className="button-row">
                  <button
                    type="button"
                    aria-label={t("customer.byHand.pickLabel", { name: namesake.displayName })}
                    onClick={() =>
                      onChoose({
                        id: namesake.id,
                        displayName: namesake.displayName,
                        customerNumber: namesake.customerNumber,
                        detail: namesakeDetail(namesake),
                      })
                    }
                  >
                    {t("customer.byHand.pick")}
                  </button>
                  <button
                    type="button"
                    title={t("mergeReview.notSamePersonHint")}
                    disabled={notSame.isPending}
                    onClick={() => notSame.mutate({ customerIds: [customer.id, namesake.id] })}
                  >
                    {t("mergeReview.notSamePerson")}
                  </button>
                </span>
              </li>
            ))}
          </ul>
          {notSame.error ? <ErrorNote error={notSame.error} /> : null}
        </section>
      ) : null}
      <CustomerPicker
        label={t("customer.byHand.search")}
        excludeId={customer.id}
        actionLabel={(hit) => t("customer.byHand.pickLabel", { name: hit.displayName })}
        actionText={t("customer.byHand.pick")}
        onPick={(hit) =>
          onChoose({
            id: hit.id,
            displayName: hit.displayName,
            customerNumber: hit.customerNumber,
            detail: hitText(hit),
          })
        }
      />
    </div>
  );
}

function ChosenCustomer({
  customer,
  other,
  onBack,
  onMerged,
}: {
  customer: Customer360;
  other: Candidate;
  onBack: () => void;
  onMerged: () => void;
}) {
  const { t } = useTranslation();
  const reasonId = useId();
  const [proof, setProof] = useState<IdentityProof>(NO_PROOF);
  const [reason, setReason] = useState("");
  // The system of record's customer stays: its number, date of birth and address are the person's.
  const pair = survivorOf(customer, other);
  const { start, confirming, confirm, cancel, preview, merge } = useMergeAfterPreview({
    ...pair,
    reason,
    proof,
    onMerged,
  });
  const tooShort = reason.trim().length < 3;
  return (
    <div
      className="merge-by-hand"
      role="group"
      aria-label={t("customer.byHand.chosen", { name: other.displayName })}
    >
      <div className="merge-banner-head">
        <strong>{t("customer.byHand.chosen", { name: other.displayName })}</strong>
        <button type="button" className="link-button small-text" onClick={onBack}>
          {t("customer.byHand.change")}
        </button>
      </div>
      <p className="muted small-text">{other.detail}</p>
      {pair.survivorId === other.id ? (
        <p className="small-text">{t("customer.byHand.keepsRecord", { name: other.displayName })}</p>
      ) : null}
      <IdentityQuestions customerIds={[customer.id, other.id]} proof={proof} onProof={setProof} />
      <label htmlFor={reasonId}>{t("customer.byHand.reason")}</label>
      <textarea
        id={reasonId}
        rows={2}
        maxLength={2000}
        value={reason}
        placeholder={t("customer.byHand.reasonPlaceholder")}
        onChange={(event) => setReason(event.target.value)}
      />
      {confirming ? (
        <MergeConfirmation
          differences={confirming.differences}
          warning={confirming.warning}
          pending={merge.isPending}
          onConfirm={confirm}
          onCancel={cancel}
        />
      ) : (
        <div className="button-row">
          <button
            type="button"
            className="primary small"
            disabled={tooShort || preview.isPending || merge.isPending}
            title={tooShort ? t("customer.byHand.reasonNeeded") : undefined}
            onClick={start}
          >
            {t("customer.byHand.merge")}
          </button>
        </div>
      )}
      {preview.error ? <ErrorNote error={preview.error} /> : null}
      {merge.error ? <MergeErrorNote error={merge.error} /> : null}
    </div>
  );
}
