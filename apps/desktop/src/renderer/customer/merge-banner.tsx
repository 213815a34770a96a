import { survivorOf } from "@emma/core";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { SuggestionActions } from "../merge-review/suggestion-actions.tsx";
import { SuggestionReasons, SuggestionScore } from "../merge-review/suggestion-reasons.tsx";
import { channelsText } from "../merge-review/suggestion-wording.ts";
import { NO_PROOF, type IdentityProof } from "./identity-proof.ts";
import { IdentityQuestions } from "./identity-questions.tsx";

type Suggestion = Customer360["mergeSuggestions"][number];

/**
 * "Maybe the same person": how sure Emma is, why in plain sentences, where the other customer is
 * known; then merge the two (into the system of record's customer when only the other one is that,
 * else the other into this one), "later" or "not the same person". When the
 * two differ (another name, another language) the agent first sees what differs and confirms it.
 * Unsure, the agent may first ask the customer what the records hold ("Identität prüfen").
 */
export function MergeBanner({
  customerId,
  customerName,
  customerNumber,
  suggestion,
}: {
  customerId: string;
  customerName: string;
  customerNumber: string | null;
  suggestion: Suggestion;
}) {
  const { t, i18n } = useTranslation();
  const [note, setNote] = useState("");
  // Asked only once the agent opens "Identität prüfen": most suggestions need no questions.
  const [asking, setAsking] = useState(false);
  const [proof, setProof] = useState<IdentityProof>(NO_PROOF);
  const other = suggestion.other;
  const otherName = other?.displayName || "…";
  const title = t("mergeReview.title", { name: otherName });
  return (
    <div className="merge-banner" role="region" aria-label={title}>
      <div className="merge-banner-head">
        <strong>{title}</strong>
        {/* Older kinds of evidence carry no score; the banner then says only why. */}
        {suggestion.score === null ? null : <SuggestionScore score={suggestion.score} />}
      </div>
      {other ? (
        <p className="muted small-text">
          {t("mergeReview.knownOn", { channels: channelsText(other.channels, t, i18n.language) })}
          {other.customerNumber
            ? ` · ${t("mergeReview.customerNumber", { number: other.customerNumber })}`
            : ""}
        </p>
      ) : null}
      <SuggestionReasons reasons={suggestion.reasons} />
      <details className="merge-details">
        <summary className="small-text">{t("mergeReview.note")}</summary>
        <label className="small-text" htmlFor={`merge-note-${suggestion.id}`}>
          {t("mergeReview.noteLabel")}
        </label>
        <input
          id={`merge-note-${suggestion.id}`}
          value={note}
          maxLength={2000}
          onChange={(event) => setNote(event.target.value)}
        />
      </details>
      <details className="merge-details" onToggle={(event) => setAsking(event.currentTarget.open)}>
        <summary className="small-text">{t("customer.byHand.ask")}</summary>
        {asking ? (
          <IdentityQuestions
            customerIds={[customerId, suggestion.otherCustomerId]}
            proof={proof}
            onProof={setProof}
            titled={false}
          />
        ) : null}
      </details>
      <SuggestionActions
        suggestionId={suggestion.id}
        {...survivorOf(
          { id: customerId, customerNumber },
          { id: suggestion.otherCustomerId, customerNumber: other?.customerNumber ?? null },
        )}
        label={t("mergeReview.actionsFor", { a: customerName, b: otherName })}
        note={note}
        proof={proof}
      />
    </div>
  );
}
