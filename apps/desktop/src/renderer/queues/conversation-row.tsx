import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { conversationTitle } from "../conversation/conversation-title.ts";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { formatDateTime, formatListTime, formatShortDateTime } from "../ui/format.ts";
import { StatusPill } from "../ui/status-pill.tsx";

interface ConversationRowProps {
  item: ConversationSummary;
  selected: boolean;
  onOpen: () => void;
}

export function ConversationRow({ item, selected, onOpen }: ConversationRowProps) {
  const { t, i18n } = useTranslation();
  return (
    <li
      id={`conv-${item.id}`}
      role="option"
      aria-selected={selected}
      className={`conversation-row priority-${item.priority}`}
      onClick={onOpen}
    >
      <div className="row-line">
        <span className="customer-name">{item.customerName ?? t("call.unknownCaller")}</span>
        <time dateTime={item.lastMessageAt} title={formatDateTime(item.lastMessageAt, i18n.language)}>
          {formatListTime(item.lastMessageAt, i18n.language)}
        </time>
      </div>
      <div className="row-line">
        <span className="subject">
          {item.subject ?? (item.channel === "phone" ? null : item.preview) ?? conversationTitle(item, t)}
        </span>
      </div>
      <div className="row-line meta">
        <ChannelBadge channel={item.channel} />
        {item.status === "snoozed" && item.snoozedUntil ? (
          <span
            className="status-pill status-snoozed"
            title={t("snooze.until", { date: formatDateTime(item.snoozedUntil, i18n.language) })}
          >
            {t("snooze.untilShort", { date: formatShortDateTime(item.snoozedUntil, i18n.language) })}
          </span>
        ) : (
          <StatusPill status={item.status} />
        )}
      </div>
    </li>
  );
}
