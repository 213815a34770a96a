import { useTranslation } from "react-i18next";
import type { Customer360 } from "../api/router-types.ts";
import { useUiStore } from "../state/ui-store.ts";
import { conversationTitle } from "../conversation/conversation-title.ts";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { PrivateMessageTag } from "../forum/private-message-tag.tsx";
import { formatListTime } from "../ui/format.ts";
import { StatusPill } from "../ui/status-pill.tsx";
import { CollapsibleSection } from "./collapsible-section.tsx";

/** Every open conversation of this customer, on every channel, one click from the thread. */
export function OpenConversations({
  conversations,
  customerName,
}: {
  conversations: Customer360["openConversations"];
  customerName: string;
}) {
  const { t, i18n } = useTranslation();
  const openConversation = useUiStore((state) => state.openConversation);
  const current = useUiStore((state) => state.conversationId);
  return (
    <CollapsibleSection
      id="openConversations"
      summary={
        <>
          {t("customer.openConversations")} <span className="muted">({conversations.length})</span>
        </>
      }
    >
      {conversations.length === 0 ? <p className="muted">{t("common.none")}</p> : null}
      <ul className="open-conversations">
        {conversations.map((conversation) => (
          <li key={conversation.id}>
            <button
              type="button"
              className="link-row"
              aria-current={conversation.id === current ? "true" : undefined}
              onClick={() => openConversation(conversation.id, conversation.customerId)}
            >
              <ChannelBadge channel={conversation.channel} compact />
              <PrivateMessageTag channel={conversation.channel} publicThread={conversation.publicThread} />
              <span className="subject">{conversationTitle({ ...conversation, customerName }, t)}</span>
              <StatusPill status={conversation.status} />
              <time dateTime={conversation.lastMessageAt}>
                {formatListTime(conversation.lastMessageAt, i18n.language)}
              </time>
            </button>
          </li>
        ))}
      </ul>
    </CollapsibleSection>
  );
}
