import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { conversationTitle } from "../conversation/conversation-title.ts";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { PrivateMessageTag } from "../forum/private-message-tag.tsx";
import { formatDateTime, formatListTime, formatShortDateTime } from "../ui/format.ts";
import { StatusPill } from "../ui/status-pill.tsx";
import { WaitAndSla } from "./wait-and-sla.tsx";

interface ConversationRowProps {
  item: ConversationSummary;
  selected: boolean;
  /** Ticked for a bulk action. */
  checked: boolean;
  meId: string | null;
  now: Date;
  onOpen: () => void;
  /** The checkbox was clicked; with shift, a range from the last ticked row. */
  onCheck: (range: boolean) => void;
}

export function ConversationRow({
  item,
  selected,
  checked,
  meId,
  now,
  onOpen,
  onCheck,
}: ConversationRowProps) {
  const { t, i18n } = useTranslation();
  const assignee =
    item.assigneeId === null
      ? t("queueWork.nobody")
      : item.assigneeId === meId
        ? t("queueWork.you")
        : t("queueWork.assignee", { name: item.assigneeName ?? t("common.unknown") });
  const name = item.customerName ?? t("call.unknownCaller");
  return (
    <li
      id={`conv-${item.id}`}
      role="option"
      aria-selected={selected}
      className={`conversation-row priority-${item.priority}${checked ? " checked" : ""}`}
      onClick={onOpen}
    >
      <input
        type="checkbox"
        className="row-check"
        checked={checked}
        aria-label={t("queueWork.select", { name })}
        // The row opens on click; the box only ticks. Shift-click ticks the range from the last one.
        onClick={(event) => {
          event.stopPropagation();
          onCheck(event.shiftKey);
        }}
        onChange={() => undefined}
        tabIndex={-1}
      />
      <div className="row-body">
        <div className="row-line">
          <span className="customer-name">{name}</span>
          <time dateTime={item.lastMessageAt} title={formatDateTime(item.lastMessageAt, i18n.language)}>
            {formatListTime(item.lastMessageAt, i18n.language)}
          </time>
        </div>
        <div className="row-line">
          <span className="subject">
            {item.subject ?? (item.channel === "phone" ? null : item.preview) ?? conversationTitle(item, t)}
          </span>
        </div>
        <div className="row-line">
          <WaitAndSla
            waitingSince={item.waitingSince}
            responseTargetMinutes={item.responseTargetMinutes}
            responseDueAt={item.responseDueAt}
            now={now}
          />
        </div>
        <div className="row-line meta">
          <ChannelBadge channel={item.channel} />
          <PrivateMessageTag channel={item.channel} publicThread={item.publicThread} />
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
          <span className={`row-assignee${item.assigneeId === null ? " nobody" : ""}`}>{assignee}</span>
        </div>
        {item.tags.length > 0 ? (
          <ul className="row-tags" aria-label={t("queueWork.tags")}>
            {item.tags.map((tag) => (
              <li key={tag} className="tag">
                {tag}
              </li>
            ))}
          </ul>
        ) : null}
      </div>
    </li>
  );
}
