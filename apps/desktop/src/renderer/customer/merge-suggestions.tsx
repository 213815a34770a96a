import { useState } from "react";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { CollapsibleSection } from "./collapsible-section.tsx";
import { MergeBanner } from "./merge-banner.tsx";

/** The banner shows the best few; a customer with many possible twins is for the Duplicates page. */
const SHOWN_FIRST = 3;

/** The 360's open merge suggestions, surest first (the API's order), the best three at first. */
export function MergeSuggestions({ customer }: { customer: Customer360 }) {
  const { t } = useTranslation();
  const [all, setAll] = useState(false);
  const suggestions = customer.mergeSuggestions;
  if (suggestions.length === 0) return null;
  const hidden = suggestions.length - SHOWN_FIRST;
  return (
    <CollapsibleSection
      id="suggestions"
      summary={
        <>
          {t("customer360.suggestions")} <span className="muted">({suggestions.length})</span>
        </>
      }
    >
      {(all ? suggestions : suggestions.slice(0, SHOWN_FIRST)).map((suggestion) => (
        <MergeBanner
          key={suggestion.id}
          customerId={customer.id}
          customerName={customer.displayName}
          customerNumber={customer.customerNumber}
          suggestion={suggestion}
        />
      ))}
      {hidden > 0 ? (
        <button type="button" className="link-button small-text" onClick={() => setAll(!all)}>
          {all ? t("mergeReview.fewer") : t("mergeReview.more", { count: hidden })}
        </button>
      ) : null}
    </CollapsibleSection>
  );
}
