import type { ConversationStatus } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useMe } from "../auth/use-me.ts";
import type { Colleague } from "../presence/presence-model.ts";
import { CopyLinkButton } from "../nav/copy-link-button.tsx";
import { PresenceLine } from "../presence/presence-line.tsx";
import { ChannelBadge } from "../ui/channel-badge.tsx";
import { ThreadBadges } from "../forum/thread-badges.tsx";
import { ErrorNote } from "../ui/error-note.tsx";
import { formatDateTime } from "../ui/format.ts";
import { AssignPicker } from "./assign-picker.tsx";
import type { AssignTarget } from "./use-assign-options.ts";
import { conversationTitle } from "./conversation-title.ts";
import { SnoozeMenu } from "./snooze-menu.tsx";
import { useConversationShortcuts } from "./use-conversation-shortcuts.ts";
import { TagEditor } from "./tag-editor.tsx";
import { useInvalidateConversation } from "./use-invalidate-conversation.ts";

// The three states an agent moves a conversation between; snoozing needs a date: its own menu.
const STATUS_BUTTONS: readonly ConversationStatus[] = ["open", "pending", "resolved"];

interface ConversationHeaderProps {
  conversation: ConversationSummary;
  colleagues: Colleague[];
}

export function ConversationHeader({ conversation, colleagues }: ConversationHeaderProps) {
  const { t, i18n } = useTranslation();
  const trpc = useTRPC();
  const me = useMe();
  const invalidate = useInvalidateConversation();
  const onSuccess = () => invalidate(conversation.id, conversation.customerId);
  const setStatus = useMutation(trpc.conversations.setStatus.mutationOptions({ onSuccess }));
  const assign = useMutation(trpc.conversations.assign.mutationOptions({ onSuccess }));
  const mine = me !== null && conversation.assigneeId === me.id;
  const snoozedUntil = conversation.status === "snoozed" ? conversation.snoozedUntil : null;

  useConversationShortcuts({
    conversation,
    setStatus: (status) => setStatus.mutate({ conversationId: conversation.id, status }),
    assignToMe:
      !mine && me ? () => assign.mutate({ conversationId: conversation.id, assigneeId: me.id }) : null,
  });

  const assignTo = (target: AssignTarget) =>
    assign.mutate({
      conversationId: conversation.id,
      assigneeId: target.assigneeId,
      ...(target.teamId ? { teamId: target.teamId } : {}),
    });

  return (
    <header className="conversation-header">
      <div className="title-line">
        <h2>{conversationTitle(conversation, t)}</h2>
        {snoozedUntil ? (
          <span className="snoozed-until" role="status">
            {t("snooze.until", { date: formatDateTime(snoozedUntil, i18n.language) })}
          </span>
        ) : null}
        <ChannelBadge channel={conversation.channel} />
        <ThreadBadges conversation={conversation} />
        <CopyLinkButton record={{ kind: "conversation", id: conversation.id }} />
      </div>
      <div className="action-line">
        <span className="muted">
          {conversation.customerName ?? t("call.unknownCaller")} ·{" "}
          {mine
            ? t("conversation.assignedToYou")
            : conversation.assigneeName
              ? t("conversation.assignee", { name: conversation.assigneeName })
              : t("conversation.unassigned")}
          {conversation.teamName ? ` · ${t("conversation.team", { name: conversation.teamName })}` : ""}
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
        <SnoozeMenu
          disabled={setStatus.isPending}
          onSnooze={(until) =>
            setStatus.mutate({ conversationId: conversation.id, status: "snoozed", snoozedUntil: until })
          }
        />
        {!mine && me ? (
          <button
            type="button"
            disabled={assign.isPending}
            onClick={() => assign.mutate({ conversationId: conversation.id, assigneeId: me.id })}
          >
            {t("conversation.assignToMe")}
          </button>
        ) : null}
        <AssignPicker conversation={conversation} disabled={assign.isPending} onAssign={assignTo} />
      </div>
      <TagEditor conversation={conversation} />
      <PresenceLine colleagues={colleagues} />
      {setStatus.error ? <ErrorNote error={setStatus.error} /> : null}
      {assign.error ? <ErrorNote error={assign.error} /> : null}
    </header>
  );
}
