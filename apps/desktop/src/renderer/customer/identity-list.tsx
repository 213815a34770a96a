import type { Channel } from "@emma/core";
import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { ChannelIcon } from "../ui/channel-icon.tsx";

/** Identity kinds are named after the channel they reach the customer on. */
function channelOfIdentity(kind: string): Channel {
  switch (kind) {
    case "email":
    case "phone":
    case "facebook":
    case "twitter":
    case "forum":
      return kind;
    default:
      return "internal";
  }
}

export function IdentityList({ identities }: { identities: Customer360["identities"] }) {
  const { t } = useTranslation();
  return (
    <details open className="section">
      <summary>{t("customer.identities")}</summary>
      <ul className="identity-list">
        {identities.map((identity) => {
          const channel = channelOfIdentity(identity.kind);
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
