import { useQuery } from "@tanstack/react-query";
import { useId, useState } from "react";
import { useTranslation } from "react-i18next";
import type { RouterOutputs } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDebounced } from "../search/use-debounced.ts";
import { ErrorNote } from "../ui/error-note.tsx";

export type CustomerHit = RouterOutputs["customers"]["search"][number];

/**
 * Find a customer by name, address or number and act on one (attach a call, merge by hand): the
 * best eight, each with its customer number and first identities, so namesakes can be told apart.
 */
export function CustomerPicker({
  label,
  excludeId,
  actionLabel,
  actionText,
  pending = false,
  onPick,
}: {
  label: string;
  /** The customer on screen, never offered to act on itself. */
  excludeId?: string;
  /** The button's accessible name for one hit, e.g. "Anna Schneider zuordnen". */
  actionLabel: (hit: CustomerHit) => string;
  actionText: string;
  pending?: boolean;
  onPick: (hit: CustomerHit) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const inputId = useId();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const hits = useQuery(
    trpc.customers.search.queryOptions({ query, limit: 8 }, { enabled: query.length >= 2 }),
  );
  const hitText = useCustomerHitText();
  const shown = (hits.data ?? []).filter((hit) => hit.id !== excludeId);
  return (
    <>
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        type="search"
        autoComplete="off"
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {hits.isError ? <ErrorNote error={hits.error} /> : null}
      {query.length >= 2 && hits.data && shown.length === 0 ? (
        <p className="muted">{t("search.noResults")}</p>
      ) : null}
      <ul className="attach-hits">
        {shown.map((hit) => (
          <li key={hit.id}>
            <span className="hit-name">{hit.displayName}</span>
            <span className="muted small-text">{hitText(hit)}</span>
            <button
              type="button"
              disabled={pending}
              aria-label={actionLabel(hit)}
              onClick={() => onPick(hit)}
            >
              {actionText}
            </button>
          </li>
        ))}
      </ul>
    </>
  );
}

/** "Kundennr. K-1234 · anna@example.de · +49 171 …": what tells one hit from its namesakes. */
export function useCustomerHitText(): (hit: CustomerHit) => string {
  const { t } = useTranslation();
  return (hit) =>
    [
      ...(hit.customerNumber ? [t("mergeReview.customerNumber", { number: hit.customerNumber })] : []),
      ...hit.identities.slice(0, 2).map((identity) => identity.display ?? identity.value),
    ].join(" · ");
}
