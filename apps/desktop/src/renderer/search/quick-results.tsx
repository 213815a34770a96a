import type { MouseEvent } from "react";
import { useTranslation } from "react-i18next";
import { ErrorNote } from "../ui/error-note.tsx";
import { CustomerHitContent } from "./customer-hit-content.tsx";
import { HitGroup } from "./hit-group.tsx";
import { ItemHitContent } from "./item-hit-content.tsx";
import type { QuickOption } from "./quick-options.ts";

interface QuickResultsProps {
  id: string;
  text: string;
  options: QuickOption[];
  activeId: string | null;
  status: "loading" | "error" | "ready";
  error: unknown;
  onChoose: (option: QuickOption) => void;
}

/** The dropdown under the search box: a few customers, the best items, and the way to all results. */
export function QuickResults({ id, text, options, activeId, status, error, onChoose }: QuickResultsProps) {
  const { t } = useTranslation();
  const customers = options.filter((option) => option.type === "customer");
  const items = options.filter((option) => option.type === "item");
  const all = options.find((option) => option.type === "all");
  const optionProps = (option: QuickOption) => ({
    id: `quick-${option.id}`,
    role: "option",
    "aria-selected": option.id === activeId,
    onMouseDown: (event: MouseEvent) => event.preventDefault(),
    onClick: () => onChoose(option),
  });

  return (
    <div id={id} className="search-results quick-results" role="listbox" aria-label={t("search.quickLabel")}>
      {status === "error" ? (
        <ErrorNote error={error} />
      ) : status === "loading" ? (
        <p className="muted quick-note">{t("common.loading")}</p>
      ) : customers.length + items.length === 0 ? (
        <p className="muted quick-note">{t("search.noResults")}</p>
      ) : null}
      {customers.length > 0 ? (
        <HitGroup id={`${id}-customers`} label={t("search.customers")}>
          {customers.map((option) => (
            <div key={option.id} className="quick-option" {...optionProps(option)}>
              <CustomerHitContent hit={option.hit} />
            </div>
          ))}
        </HitGroup>
      ) : null}
      {items.length > 0 ? (
        <HitGroup id={`${id}-items`} label={t("search.items")}>
          {items.map((option) => (
            <div key={option.id} className="quick-option" {...optionProps(option)}>
              <ItemHitContent hit={option.hit} compact />
            </div>
          ))}
        </HitGroup>
      ) : null}
      {all ? (
        <div className="quick-option quick-all" {...optionProps(all)}>
          <span>{t("search.showAll", { query: text })}</span>
          <kbd>{t("search.showAllKey")}</kbd>
        </div>
      ) : null}
    </div>
  );
}
