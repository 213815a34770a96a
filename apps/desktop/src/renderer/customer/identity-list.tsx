import type { Channel, IdentityKind } from "@emma/core";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { ChannelIcon } from "../ui/channel-icon.tsx";

/** The channel each identity kind reaches the customer on; a new kind needs its entry here. */
const CHANNEL_OF_IDENTITY: Record<IdentityKind, Channel> = {
  email: "email",
  phone: "phone",
  facebook: "facebook",
  twitter: "twitter",
  forum: "forum",
};

export function IdentityList({ identities }: { identities: Customer360["identities"] }) {
  const { t } = useTranslation();
  return (
    <details open className="section">
      <summary>{t("customer.identities")}</summary>
      <ul className="identity-list">
        {identities.map((identity) => {
          const channel = CHANNEL_OF_IDENTITY[identity.kind];
          return (
            <li key={identity.id} className={`channel-${channel}`}>
              <ChannelIcon channel={channel} />
              <span className="visually-hidden">{t(`channels.${channel}`)}:</span>
              <span className="identity-value">{identity.display ?? identity.value}</span>
            </li>
          );
        })}
      </ul>
    </details>
  );
}
