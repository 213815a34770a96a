import { useTranslation } from "react-i18next";
import type { TimelineItem } from "../api/router-types.ts";
import { useUiStore } from "../state/ui-store.ts";
import { ChannelBadge } from "../ui/channel-badge.tsx";

/** Where a run of items of one conversation starts; a click opens that conversation. */
export function ConversationBoundary({ item }: { item: TimelineItem }) {
  const { t } = useTranslation();
  const openConversation = useUiStore((state) => state.openConversation);
  const customerId = useUiStore((state) => state.customerId);
  const conversationId = item.conversationId;
  return (
    <div className="conversation-boundary">
      <ChannelBadge channel={item.channel} compact />
      {conversationId && customerId ? (
        <button type="button" className="link" onClick={() => openConversation(conversationId, customerId)}>
          {t("timeline.conversation", { subject: item.conversationSubject ?? t("conversation.noSubject") })}
        </button>
      ) : (
        <span>
          {t("timeline.conversation", { subject: item.conversationSubject ?? t("conversation.noSubject") })}
        </span>
      )}
    </div>
  );
}
