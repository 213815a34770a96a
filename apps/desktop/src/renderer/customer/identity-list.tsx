import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { ChannelIcon } from "../ui/channel-icon.tsx";
import { CHANNEL_OF_IDENTITY } from "../ui/identity-channel.ts";

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
