import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { formatDateTime, formatMoney } from "../ui/format.ts";
import { CollapsibleSection } from "./collapsible-section.tsx";
import { productKindLabel, productStatusLabel } from "./vocabulary-labels.ts";

export function ProductList({
  products,
  sources,
}: {
  products: Customer360["products"];
  sources: Customer360["holdingSources"];
}) {
  const { t, i18n } = useTranslation();
  return (
    <CollapsibleSection
      id="products"
      summary={
        <>
          {t("customer.products")} <span className="muted">({products.length})</span>
        </>
      }
    >
      {products.length === 0 ? <p className="muted">{t("common.none")}</p> : null}
      <ul className="product-list">
        {products.map((product) => (
          <li key={product.id}>
            <div className="row-line">
              <span>{product.name}</span>
              {product.balanceMinor !== null && product.currency ? (
                <span className="balance" title={t("customer.balance")}>
                  {formatMoney(product.balanceMinor, product.currency, i18n.language)}
                </span>
              ) : null}
            </div>
            <div className="row-line muted">
              <span>
                <span className="product-kind">{productKindLabel(product.kind, t)}</span> ·{" "}
                {/* Masked by the API: agents verify callers by the last digits only. */}
                <span className="reference">{product.reference}</span>
              </span>
              <span className={`product-status status-${product.status}`}>
                {productStatusLabel(product.status, t)}
              </span>
            </div>
          </li>
        ))}
      </ul>
      {sources.length > 0 ? (
        <ul className="holding-sources muted" aria-label={t("customer.holdings.sourcesLabel")}>
          {sources.map((source) => (
            <li key={source.sourceSystem}>
              {t("customer.holdings.synced", {
                source: source.sourceSystem,
                date: formatDateTime(source.syncedAt, i18n.language),
              })}
            </li>
          ))}
        </ul>
      ) : null}
    </CollapsibleSection>
  );
}
