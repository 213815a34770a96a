import { replyTooLong, REPLY_LIMITS } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useRef, type SubmitEvent, type KeyboardEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDraft, useDraftStore } from "../drafts/draft-store.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { newIdempotencyKey } from "../ui/new-idempotency-key.ts";
import { useInvalidateConversation } from "./use-invalidate-conversation.ts";

export function ReplyBox({ conversation }: { conversation: ConversationSummary }) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const draft = useDraft(conversation.id);
  const setReply = useDraftStore((state) => state.setReply);
  const clear = useDraftStore((state) => state.clear);
  const invalidate = useInvalidateConversation();
  // One key per reply text: a retry of the same text after a lost response is deduplicated by the
  // API; an edited text is a new reply and gets a new key.
  const pending = useRef<{ text: string; key: string } | null>(null);
  const reply = useMutation(
    trpc.conversations.reply.mutationOptions({
      onSuccess: () => {
        pending.current = null;
        clear(conversation.id, "reply");
        invalidate(conversation.id, conversation.customerId);
      },
    }),
  );
  const text = draft.reply;
  const tooLong = replyTooLong(conversation.channel, text);
  const limit = REPLY_LIMITS[conversation.channel];

  const send = (event?: SubmitEvent) => {
    event?.preventDefault();
    if (text.trim() === "" || tooLong || reply.isPending) return;
    if (pending.current?.text !== text) pending.current = { text, key: newIdempotencyKey() };
    reply.mutate({ conversationId: conversation.id, text, idempotencyKey: pending.current.key });
  };

  // Ctrl/Cmd+Enter sends, as in mail programs; Enter alone is a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) send();
  };

  return (
    <form className="reply-box" onSubmit={send}>
      <label htmlFor="reply-text" className="visually-hidden">
        {t("conversation.reply")}
      </label>
      <textarea
        id="reply-text"
        rows={4}
        value={text}
        placeholder={t("conversation.replyPlaceholder", { name: conversation.customerName ?? "" })}
        onChange={(event) => setReply(conversation.id, event.target.value)}
        onKeyDown={onKeyDown}
        aria-invalid={tooLong}
        aria-keyshortcuts="Control+Enter"
      />
      <div className="composer-foot">
        <span className="muted small-text" aria-live="polite">
          {tooLong && limit !== null
            ? t("conversation.tooLong", { channel: t(`channels.${conversation.channel}`), limit })
            : text !== ""
              ? t("conversation.draftSaved")
              : ""}
        </span>
        <button type="submit" className="primary" disabled={text.trim() === "" || tooLong || reply.isPending}>
          {reply.isPending ? t("conversation.sending") : t("conversation.send")}
        </button>
      </div>
      {reply.error ? <ErrorNote error={reply.error} /> : null}
    </form>
  );
}
