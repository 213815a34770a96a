import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { ConsentSection } from "../consent/consent-section.tsx";
import { reachableChannels } from "../consent/consent-words.ts";
import { CustomerAccessSection } from "./customer-access-section.tsx";
import { ErasureSection } from "../erasure/erasure-section.tsx";
import { IdentityList } from "./identity-list.tsx";
import { ExportDataButton } from "../export-data/export-data-button.tsx";
import { JourneyButton } from "../journey/journey-dialog.tsx";
import { ForumReputationLine } from "../forum/forum-reputation-line.tsx";
import { CopyLinkButton } from "../nav/copy-link-button.tsx";
import { MergeSuggestions } from "./merge-suggestions.tsx";
import { MergeByHandButton } from "./merge-by-hand.tsx";
import { MergeHistory } from "./merge-history.tsx";
import { OpenConversations } from "./open-conversations.tsx";
import { ProductList } from "./product-list.tsx";

export function Customer360View({ customer, maxShare }: { customer: Customer360; maxShare: number }) {
  const { t } = useTranslation();
  return (
    <section className="customer-360" aria-labelledby="customer-name" style={{ maxHeight: `${maxShare}%` }}>
      <header className="customer-head">
        <h2 id="customer-name">{customer.erased ? t("erasure.erasedPerson") : customer.displayName}</h2>
        {customer.customerNumber !== null ? (
          <span className="customer-number">
            {t("customer.holdings.customerNumber", { number: customer.customerNumber })}
          </span>
        ) : null}
        {customer.erased ? <span className="tag danger">{t("customer.erased")}</span> : null}
        {customer.tags.map((tag) => (
          <span key={tag} className="tag">
            {tag}
          </span>
        ))}
        <JourneyButton customerId={customer.id} customerName={customer.displayName} />
        <ExportDataButton
          customerId={customer.id}
          customerName={customer.displayName}
          customerLocale={customer.locale}
        />
        <MergeByHandButton customer={customer} />
        <CopyLinkButton record={{ kind: "customer", id: customer.id }} />
      </header>
      {customer.erased ? <p className="erasure-erased">{t("erasure.erasedNotice")}</p> : null}
      <div className="customer-sections">
        <MergeSuggestions customer={customer} />
        <IdentityList identities={customer.identities} />
        <ForumReputationLine reputation={customer.forumReputation} />
        <OpenConversations conversations={customer.openConversations} customerName={customer.displayName} />
        <ProductList customer={customer} />
        <ConsentSection customerId={customer.id} channels={reachableChannels(customer.identities)} />
        {customer.merges.length > 0 ? <MergeHistory merges={customer.merges} /> : null}
        <CustomerAccessSection customerId={customer.id} />
        <ErasureSection customerId={customer.id} customerName={customer.displayName} />
      </div>
    </section>
  );
}
