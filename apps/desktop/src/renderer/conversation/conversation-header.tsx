import type { ConversationStatus } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { ErrorNote } from "../ui/error-note.tsx";
import { useInvalidateConversation } from "./use-invalidate-conversation.ts";

// The three states an agent moves a conversation between; snoozing needs a date and is not offered here.
const STATUS_BUTTONS: readonly ConversationStatus[] = ["open", "pending", "resolved"];

export function ConversationHeader({ conversation }: { conversation: ConversationSummary }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const invalidate = useInvalidateConversation();
  const onSuccess = () => invalidate(conversation.id, conversation.customerId);
  const setStatus = useMutation(trpc.conversations.setStatus.mutationOptions({ onSuccess }));
  const assign = useMutation(trpc.conversations.assign.mutationOptions({ onSuccess }));
  const mine = me !== null && conversation.assigneeId === me.id;

  return (
    <header className="conversation-header">
      <div className="title-line">
        <h2>{conversation.subject ?? t("conversation.noSubject")}</h2>
        <ChannelBadge channel={conversation.channel} />
      </div>
      <div className="action-line">
        <span className="muted">
          {conversation.customerName ?? t("common.unknown")} ·{" "}
          {mine
            ? t("conversation.assignedToYou")
            : conversation.assigneeName
              ? t("conversation.assignee", { name: conversation.assigneeName })
              : t("conversation.unassigned")}
        </span>
        <div className="status-buttons" role="group" aria-label={t("conversation.setStatus")}>
          {STATUS_BUTTONS.map((status) => (
            <button
              key={status}
              type="button"
              className={`status-button status-${status}`}
              aria-pressed={conversation.status === status}
              disabled={setStatus.isPending}
              onClick={() => setStatus.mutate({ conversationId: conversation.id, status })}
            >
              {t(`statuses.${status}`)}
            </button>
          ))}
        </div>
        {!mine && me ? (
          <button
            type="button"
            disabled={assign.isPending}
            onClick={() => assign.mutate({ conversationId: conversation.id, assigneeId: me.id })}
          >
            {t("conversation.assignToMe")}
          </button>
        ) : null}
      </div>
      {setStatus.error ? <ErrorNote error={setStatus.error} /> : null}
      {assign.error ? <ErrorNote error={assign.error} /> : null}
    </header>
  );
}
