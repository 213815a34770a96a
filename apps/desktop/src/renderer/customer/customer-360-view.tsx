import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { ConsentList } from "./consent-list.tsx";
import { IdentityList } from "./identity-list.tsx";
import { MergeBanner } from "./merge-banner.tsx";
import { MergeHistory } from "./merge-history.tsx";
import { OpenConversations } from "./open-conversations.tsx";
import { ProductList } from "./product-list.tsx";

export function Customer360View({ customer }: { customer: Customer360 }) {
  const { t } = useTranslation();
  return (
    <section className="customer-360" aria-labelledby="customer-name">
      <header className="customer-head">
        <h2 id="customer-name">{customer.displayName}</h2>
        {customer.erased ? <span className="tag danger">{t("customer.erased")}</span> : null}
        {customer.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
      </header>
      {customer.mergeSuggestions.map((suggestion) => (
        <MergeBanner key={suggestion.id} customerId={customer.id} suggestion={suggestion} />
      ))}
      <div className="customer-sections">
        <IdentityList identities={customer.identities} />
        <OpenConversations conversations={customer.openConversations} customerName={customer.displayName} />
        <ProductList products={customer.products} />
        <ConsentList consents={customer.consents} />
        {customer.merges.length > 0 ? <MergeHistory merges={customer.merges} /> : null}
      </div>
    </section>
  );
}
