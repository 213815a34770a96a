import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { formatMoney } from "../ui/format.ts";

export function ProductList({ products }: { products: Customer360["products"] }) {
  const { t, i18n } = useTranslation();
  return (
    <details className="section">
      <summary>
        {t("customer.products")} <span className="muted">({products.length})</span>
      </summary>
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
              {/* Masked by the API: agents verify callers by the last digits only. */}
              <span className="reference">{product.reference}</span>
              <span>{product.status}</span>
            </div>
          </li>
        ))}
      </ul>
    </details>
  );
}
