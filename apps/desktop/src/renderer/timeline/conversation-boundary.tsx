import { useTranslation } from "react-i18next";
import type { TimelineItem } from "../api/router-types.ts";
import { useUiStore } from "../state/ui-store.ts";
import { conversationTitle } from "../conversation/conversation-title.ts";
import { ChannelBadge } from "../ui/channel-badge.tsx";

/** Where a run of items of one conversation starts; a click opens that conversation. */
export function ConversationBoundary({ item, customerName }: { item: TimelineItem; customerName: string }) {
  const { t } = useTranslation();
  const openConversation = useUiStore((state) => state.openConversation);
  const customerId = useUiStore((state) => state.customerId);
  const conversationId = item.conversationId;
  const title = t("timeline.conversation", {
    subject: conversationTitle({ subject: item.conversationSubject, channel: item.channel, customerName }, t),
  });
  return (
    <div className="conversation-boundary">
      <ChannelBadge channel={item.channel} compact />
      {conversationId && customerId ? (
        <button type="button" className="link" onClick={() => openConversation(conversationId, customerId)}>
          {title}
        </button>
      ) : (
        <span>{title}</span>
      )}
    </div>
  );
}
