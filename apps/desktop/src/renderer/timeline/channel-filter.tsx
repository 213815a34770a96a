import { CHANNELS } from "@emma/core";
import { useTranslation } from "react-i18next";
import { useUiStore } from "../state/ui-store.ts";
import { ChannelIcon } from "../ui/channel-icon.tsx";

export function ChannelFilter() {
  const { t } = useTranslation();
  const selected = useUiStore((state) => state.timelineChannels);
  const toggle = useUiStore((state) => state.toggleTimelineChannel);
  const clear = useUiStore((state) => state.clearTimelineChannels);
  return (
    <div className="chips" role="group" aria-label={t("timeline.filterLabel")}>
      <button type="button" className="chip" aria-pressed={selected.length === 0} onClick={clear}>
        {t("timeline.all")}
      </button>
      {CHANNELS.map((channel) => (
        <button
          key={channel}
          type="button"
          className={`chip channel-${channel}`}
          aria-pressed={selected.includes(channel)}
          title={t(`channels.${channel}`)}
          onClick={() => toggle(channel)}
        >
          <ChannelIcon channel={channel} />
          <span className="visually-hidden">{t(`channels.${channel}`)}</span>
        </button>
      ))}
    </div>
  );
}
