import { renderPlaceholders, replyTooLong, REPLY_LIMITS, type ComposerBox } from "@emma/core";
import { useMutation } from "@tanstack/react-query";
import { useRef, useState, type KeyboardEvent, type SubmitEvent } from "react";
import { useTranslation } from "react-i18next";
import type { ConversationSummary } from "../api/router-types.ts";
import { useTRPC } from "../api/trpc.ts";
import { useDraft, useDraftStore } from "../drafts/draft-store.ts";
import type { Colleague } from "../presence/presence-model.ts";
import { ErrorNote } from "../ui/error-note.tsx";
import { newIdempotencyKey } from "../ui/new-idempotency-key.ts";
import { CollisionWarning } from "./collision-warning.tsx";
import { ComposerText } from "./composer-text.tsx";
import { useInvalidateConversation } from "./use-invalidate-conversation.ts";

interface ReplyBoxProps {
  conversation: ConversationSummary;
  colleagues: Colleague[];
  onTyping: (composer: ComposerBox) => void;
}

export function ReplyBox({ conversation, colleagues, onTyping }: ReplyBoxProps) {
  const { t } = useTranslation();
  const trpc = useTRPC();
  const draft = useDraft(conversation.id);
  const setReply = useDraftStore((state) => state.setReply);
  const clear = useDraftStore((state) => state.clear);
  const invalidate = useInvalidateConversation();
  // Someone else typing a reply to the same customer: sending needs a second, deliberate yes.
  const [confirming, setConfirming] = useState(false);
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
  const unresolved = renderPlaceholders(text, {}).unresolved;
  const typists = colleagues.filter((colleague) => colleague.activity === "typing-reply");

  const send = (options: { confirmed: boolean }) => {
    if (text.trim() === "" || tooLong || reply.isPending) return;
    if (typists.length > 0 && !options.confirmed) {
      setConfirming(true);
      return;
    }
    setConfirming(false);
    if (pending.current?.text !== text) pending.current = { text, key: newIdempotencyKey() };
    reply.mutate({ conversationId: conversation.id, text, idempotencyKey: pending.current.key });
  };

  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    send({ confirmed: false });
  };

  // Ctrl/Cmd+Enter sends, as in mail programs; Enter alone is a new line.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === "Enter" && (event.ctrlKey || event.metaKey)) send({ confirmed: false });
  };

  return (
    <form className="reply-box" onSubmit={onSubmit}>
      <ComposerText
        id="reply-text"
        label={t("conversation.reply")}
        rows={4}
        value={text}
        conversation={conversation}
        placeholder={t("conversation.replyPlaceholder", { name: conversation.customerName ?? "" })}
        invalid={tooLong}
        onChange={(value) => {
          setReply(conversation.id, value);
          onTyping("reply");
        }}
        onKeyDown={onKeyDown}
      />
      {unresolved.length > 0 ? (
        <p className="placeholder-warning small-text" role="status">
          {t("canned.unresolved", { placeholders: unresolved.join(", ") })}
        </p>
      ) : null}
      {confirming ? (
        <CollisionWarning
          names={typists.map((typist) => typist.displayName)}
          onConfirm={() => send({ confirmed: true })}
          onCancel={() => setConfirming(false)}
        />
      ) : null}
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
