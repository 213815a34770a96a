import type { SearchItemHit } from "@emma/core";
import { useTranslation } from "react-i18next";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { formatDateTime, formatListTime } from "../ui/format.ts";
import { StatusPill } from "../ui/status-pill.tsx";
import { SnippetText } from "./snippet-text.tsx";

/**
 * A found message, call, note or post: who, where, when, the passage with the matches marked, and
 * where its conversation stands. `compact` (the dropdown) leaves out the subject and the status line.
 */
export function ItemHitContent({ hit, compact = false }: { hit: SearchItemHit; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <span className="hit item-hit">
      <span className="hit-line">
        <ChannelBadge channel={hit.channel} compact />
        <span className="hit-name">{hit.customerName ?? t("call.unknownCaller")}</span>
        <span className="hit-kind">
          {t(`timeline.${hit.direction}`)} · {t(`kinds.${hit.kind}`)}
        </span>
        <time dateTime={hit.occurredAt} title={formatDateTime(hit.occurredAt, i18n.language)}>
          {formatListTime(hit.occurredAt, i18n.language)}
        </time>
      </span>
      {hit.subject && !compact ? <span className="hit-subject">{hit.subject}</span> : null}
      <SnippetText snippet={hit.snippet} className="hit-snippet" />
      {compact ? null : (
        <span className="hit-line hit-meta">
          {hit.conversationStatus ? (
            <StatusPill status={hit.conversationStatus} />
          ) : (
            <span className="muted">{t("search.noConversation")}</span>
          )}
          {hit.conversationId ? (
            <span className="hit-assignee">
              {[hit.assigneeName ?? t("search.unassigned"), hit.teamName].filter(Boolean).join(" · ")}
            </span>
          ) : null}
        </span>
      )}
    </span>
  );
}
