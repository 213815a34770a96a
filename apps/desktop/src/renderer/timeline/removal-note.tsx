import type { Channel, ItemRemoval } from "@emma/core";
import { useTranslation } from "react-i18next";
import { formatDateTime } from "../ui/format.ts";

/**
 * Who removed an item and when; for a purged one, that its content is gone because the provider
 * requires it, so the agent never looks at an empty bubble wondering what was there.
 */
export function RemovalNote({ removal, channel }: { removal: ItemRemoval; channel: Channel }) {
  const { t, i18n } = useTranslation();
  const date = formatDateTime(removal.at, i18n.language);
  return (
    <p className="removal-note small-text">
      {removal.by === "author"
        ? t("social.removedByAuthor", { date })
        : t("social.removedByModerator", { date })}
      {removal.purged ? ` ${t("social.purged", { provider: t(`channels.${channel}`) })}` : ""}
    </p>
  );
}
