import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { useTranslation } from "react-i18next";
import { useTRPC } from "../api/trpc.ts";
import { useDebounced } from "../search/use-debounced.ts";
import type { AuditFilterForm } from "./audit-filters.ts";

type Picked = AuditFilterForm["customer"];

/** A customer found by name, e-mail, phone or contract (the search box's lookups), or none. */
export function AuditCustomerFilter({
  value,
  onChange,
}: {
  value: Picked;
  onChange: (customer: Picked) => void;
}) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const [text, setText] = useState("");
  const query = useDebounced(text.trim(), 250);
  const hits = useQuery(
    trpc.customers.search.queryOptions({ query, limit: 8 }, { enabled: query.length >= 2 }),
  );

  if (value !== null)
    return (
      <div className="filter-field">
        <span className="filter-label">{t("audit.customer")}</span>
        <span className="audit-picked">
          {value.name}
          <button
            type="button"
            className="ghost small"
            aria-label={t("audit.customerClear")}
            onClick={() => onChange(null)}
          >
            ×
          </button>
        </span>
      </div>
    );
  return (
    <div className="filter-field audit-customer-filter">
      <label htmlFor="audit-filter-customer">{t("audit.customer")}</label>
      <input
        id="audit-filter-customer"
        type="search"
        autoComplete="off"
        placeholder={t("audit.customerPlaceholder")}
        value={text}
        onChange={(event) => setText(event.target.value)}
      />
      {query.length >= 2 && hits.data ? (
        <ul className="audit-customer-hits">
          {hits.data.length === 0 ? <li className="muted">{t("audit.customerNone")}</li> : null}
          {hits.data.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                className="link-row"
                onClick={() => {
                  setText("");
                  onChange({ id: hit.id, name: hit.displayName });
                }}
              >
                {hit.displayName}
                <span className="muted"> {hit.identities[0]?.value ?? ""}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
