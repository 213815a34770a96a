import { useQuery } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { formatMoney } from "../ui/format.ts";
import { CollapsibleSection } from "./collapsible-section.tsx";
import { HoldingSources } from "./holding-sources.tsx";
import { productKindLabel, productStatusLabel } from "./vocabulary-labels.ts";

/** What the customer holds: the imported snapshot at once, live balances where a source answers. */
export function ProductList({ customer }: { customer: Customer360 }) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const { products, holdingSources: sources } = customer;
  const live = useQuery(
    trpc.holdings.live.queryOptions(
      { customerId: customer.id },
      { enabled: customer.customerNumber !== null && sources.length > 0, staleTime: 30_000 },
    ),
  );
  const liveBalance = (product: Customer360["products"][number]) => {
    const answer = live.data?.find((entry) => entry.sourceSystem === product.sourceSystem);
    if (answer?.ok !== true) return undefined;
    return answer.holdings.find((holding) => holding.externalId === product.externalId)?.balance ?? undefined;
  };
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
        {products.map((product) => {
          const now = liveBalance(product);
          const balance =
            now ??
            (product.balanceMinor !== null && product.currency
              ? { minor: product.balanceMinor, currency: product.currency }
              : null);
          return (
            <li key={product.id}>
              <div className="row-line">
                <span>{product.name}</span>
                {balance ? (
                  <span
                    className={now ? "balance live-balance" : "balance"}
                    title={
                      now
                        ? t("customer.holdings.liveBalance", { source: product.sourceSystem })
                        : t("customer.balance")
                    }
                  >
                    {formatMoney(balance.minor, balance.currency, i18n.language)}
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
          );
        })}
      </ul>
      <HoldingSources sources={sources} live={live.data ?? []} />
    </CollapsibleSection>
  );
}
