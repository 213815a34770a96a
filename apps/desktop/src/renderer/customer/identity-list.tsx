import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { ChannelIcon } from "../ui/channel-icon.tsx";
import { CollapsibleSection } from "./collapsible-section.tsx";
import { CopyButton } from "./copy-button.tsx";
import { identityView } from "./identity-view.ts";

/** How to reach the customer: the address, number or handle first, the name beside it. */
export function IdentityList({ identities }: { identities: Customer360["identities"] }) {
  const { t } = useTranslation();
  return (
    <CollapsibleSection
      id="identities"
      summary={
        <>
          {t("customer.identities")} <span className="muted">({identities.length})</span>
        </>
      }
    >
      <ul className="identity-list">
        {identities.map((identity) => {
          const view = identityView(identity);
          const value =
            view.value ??
            (view.channel === "facebook"
              ? t("customer360.identity.facebookProfile")
              : t("customer360.identity.twitterAccount"));
          return (
            <li key={identity.id} className={`channel-${view.channel}`} data-kind={identity.kind}>
              <ChannelIcon channel={view.channel} />
              <span className="visually-hidden">{t(`channels.${view.channel}`)}:</span>
              <span className="identity-value">{value}</span>
              {view.name ? <span className="identity-name">{view.name}</span> : null}
              {view.site ? (
                <span className="identity-name">
                  {t("customer360.identity.forumSite", { site: view.site })}
                </span>
              ) : null}
              <CopyButton value={view.copy} />
            </li>
          );
        })}
      </ul>
    </CollapsibleSection>
  );
}
