import type { Channel } from "@emma/core";
import { useTranslation } from "react-i18next";
import { ChannelIcon } from "./channel-icon.tsx";

/** Channel as icon plus name: color alone would not tell it to everyone. */
export function ChannelBadge({ channel, compact = false }: { channel: Channel; compact?: boolean }) {
  const { t } = useTranslation();
  const label = t(`channels.${channel}`);
  return (
    <span className={`channel-badge channel-${channel}`} title={label}>
      <ChannelIcon channel={channel} />
      {compact ? <span className="visually-hidden">{label}</span> : <span>{label}</span>}
    </span>
  );
}
